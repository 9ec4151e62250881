<?php
/**
 * Plugin Name: Digituki guide
 * Description: The digital-support guide and the badge quiz as shortcodes: [digituki_guide locale="fi" setting="general-support"] and [digituki_quiz locale="fi" items="10"].
 * Requires at least: 6.5
 * Version: 0.1.0
 *
 * Copy dist/digituki-guide.js and dist/digituki-quiz.js (with their .map files and the guide's
 * validator chunk) beside this file. The scripts load as modules from this site, only on pages
 * that use a shortcode. The shortcodes write the elements at render time, so the block editor's
 * and kses' filtering of post content never sees the tags.
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', function () {
	wp_register_script_module( 'digituki-guide', plugins_url( 'digituki-guide.js', __FILE__ ), array(), '0.1.0' );
	wp_register_script_module( 'digituki-quiz', plugins_url( 'digituki-quiz.js', __FILE__ ), array(), '0.1.0' );

	add_shortcode( 'digituki_guide', function ( $atts ) {
		$atts = shortcode_atts( array( 'locale' => '', 'setting' => '' ), $atts, 'digituki_guide' );
		wp_enqueue_script_module( 'digituki-guide' );
		$preset = $atts['setting'] ? ' preset="setting=' . esc_attr( $atts['setting'] ) . '"' : '';
		$locale = $atts['locale'] ? ' locale="' . esc_attr( $atts['locale'] ) . '"' : '';
		return '<digituki-guide' . $locale . $preset . '></digituki-guide>';
	} );

	add_shortcode( 'digituki_quiz', function ( $atts ) {
		$atts = shortcode_atts( array( 'locale' => '', 'items' => '10', 'badge-url' => '' ), $atts, 'digituki_quiz' );
		wp_enqueue_script_module( 'digituki-quiz' );
		$out = '<digituki-quiz items="' . esc_attr( $atts['items'] ) . '"';
		if ( $atts['locale'] ) {
			$out .= ' locale="' . esc_attr( $atts['locale'] ) . '"';
		}
		if ( $atts['badge-url'] ) {
			$out .= ' badge-url="' . esc_url( $atts['badge-url'] ) . '"';
		}
		return $out . '></digituki-quiz>';
	} );
} );
