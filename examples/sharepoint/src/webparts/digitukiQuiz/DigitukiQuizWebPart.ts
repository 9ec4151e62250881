/**
 * The "Digital Supporter - Public Officer" badge practice quiz as a web part: `<digituki-quiz>`
 * under this solution's own tag, with the page's language or one set here, the number of items an
 * attempt draws, and the link a pass offers to apply for the badge.
 */
import { Version } from '@microsoft/sp-core-library';
import {
  type IPropertyPaneConfiguration,
  PropertyPaneDropdown,
  PropertyPaneSlider,
  PropertyPaneTextField
} from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { defineQuiz } from 'digituki-guide/quiz';

import * as strings from 'DigitukiQuizWebPartStrings';
import { ensureElement, localeAttribute, localeOptions, type LocaleChoice, QUIZ_TAG, setAttribute } from '../../common/digitukiElements';

/** The quiz's range of `items`: one item per situation (a family of alike situations once) or competence item of the scenario bank (maxItemCount; a test keeps them equal). */
export const MIN_ITEMS: number = 1;
export const MAX_ITEMS: number = 42;
export const DEFAULT_ITEMS: number = 10;

export interface IDigitukiQuizWebPartProps {
  /** `fi`, `sv`, `en`, or `page` to follow the page's language. */
  locale: LocaleChoice;
  /** How many items an attempt draws (the quiz's `items`). */
  items: number;
  /** Where a pass links to apply for the badge (the quiz's `badge-url`); empty for no link. */
  badgeUrl: string;
}

/** The schemes the quiz links (`http`, `https`, `mailto`, `tel`); it links nothing else. */
const LINKABLE: RegExp = /^(https?:\/\/|mailto:|tel:)/i;

export default class DigitukiQuizWebPart extends BaseClientSideWebPart<IDigitukiQuizWebPartProps> {
  protected onInit(): Promise<void> {
    // The quiz under this solution's tag; a tag already defined on the page is left as it is.
    defineQuiz(QUIZ_TAG);
    return super.onInit();
  }

  public render(): void {
    const quiz = ensureElement(this.domElement, QUIZ_TAG);
    setAttribute(quiz, 'locale', localeAttribute(this.properties.locale));
    const items = this.properties.items;
    setAttribute(quiz, 'items', typeof items === 'number' && items >= MIN_ITEMS && items <= MAX_ITEMS ? String(Math.round(items)) : undefined);
    const badgeUrl = (this.properties.badgeUrl ?? '').trim();
    setAttribute(quiz, 'badge-url', badgeUrl === '' ? undefined : badgeUrl);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  private validateBadgeUrl = (value: string): string => {
    const url = (value ?? '').trim();
    return url === '' || LINKABLE.test(url) ? '' : strings.BadgeUrlInvalid;
  };

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            {
              groupName: strings.QuizGroupName,
              groupFields: [
                PropertyPaneDropdown('locale', {
                  label: strings.LocaleFieldLabel,
                  options: localeOptions(strings.LocaleFollowPage),
                  selectedKey: this.properties.locale ?? 'page'
                }),
                PropertyPaneSlider('items', {
                  label: strings.ItemsFieldLabel,
                  min: MIN_ITEMS,
                  max: MAX_ITEMS,
                  step: 1,
                  showValue: true,
                  value: this.properties.items ?? DEFAULT_ITEMS
                }),
                PropertyPaneTextField('badgeUrl', {
                  label: strings.BadgeUrlFieldLabel,
                  description: strings.BadgeUrlFieldDescription,
                  onGetErrorMessage: this.validateBadgeUrl,
                  deferredValidationTime: 500
                })
              ]
            }
          ]
        }
      ]
    };
  }
}
