<?php

namespace Drupal\digituki_guide\Plugin\Block;

use Drupal\Core\Block\Attribute\Block;
use Drupal\Core\Block\BlockBase;
use Drupal\Core\StringTranslation\TranslatableMarkup;

/**
 * The guide as a block: place it in a region (Block layout) or in Layout Builder. A block, not
 * body text: CKEditor 5 strips tags it does not know, such as <digituki-guide>, from text fields.
 */
#[Block(
  id: 'digituki_guide',
  admin_label: new TranslatableMarkup('Digital support guide'),
)]
class DigitukiGuideBlock extends BlockBase {

  public function build(): array {
    return [
      '#type' => 'html_tag',
      '#tag' => 'digituki-guide',
      // Without a locale the guide follows the page's lang, which Drupal sets per language.
      '#attributes' => ['preset' => 'setting=service-situation'],
      '#attached' => ['library' => ['digituki_guide/guide']],
    ];
  }

}
