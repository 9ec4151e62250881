/**
 * The digital support guide as a web part: `<digituki-guide>` under this solution's own tag, with
 * the page's language or one set here, the `setting` question answered in advance for the desk
 * the page serves, and the organisation's contacts in the guide's `contacts` slot.
 */
import { Version } from '@microsoft/sp-core-library';
import {
  type IPropertyPaneConfiguration,
  PropertyPaneDropdown,
  PropertyPaneTextField
} from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { defineGuide } from 'digituki-guide/guide';

import * as strings from 'DigitukiGuideWebPartStrings';
import { ensureElement, GUIDE_TAG, localeAttribute, localeOptions, type LocaleChoice, setAttribute } from '../../common/digitukiElements';

/** The `setting` preset: none (the guide asks), or the desk the page serves. */
export type SettingChoice = 'none' | 'general-support' | 'service-situation';

export interface IDigitukiGuideWebPartProps {
  /** `fi`, `sv`, `en`, or `page` to follow the page's language. */
  locale: LocaleChoice;
  /** The element's `preset` is `setting=<this>`, unless `none`. */
  setting: SettingChoice;
  /** The organisation's contacts, one a line; each line becomes an item of the `contacts` slot's list. */
  contacts: string;
}

/**
 * The `contacts` slot's content: a `<ul slot="contacts">` with an item per non-empty line, its text
 * set as text (never parsed as HTML), or nothing when there are no lines.
 */
export function contactsList(contacts: string | undefined): HTMLElement[] {
  const lines = (contacts ?? '').split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  if (lines.length === 0) return [];
  const list = document.createElement('ul');
  list.slot = 'contacts';
  for (const line of lines) {
    const item = document.createElement('li');
    item.textContent = line;
    list.append(item);
  }
  return [list];
}

export default class DigitukiGuideWebPart extends BaseClientSideWebPart<IDigitukiGuideWebPartProps> {
  protected onInit(): Promise<void> {
    // The guide under this solution's tag; a tag already defined on the page is left as it is.
    defineGuide(GUIDE_TAG);
    return super.onInit();
  }

  public render(): void {
    const guide = ensureElement(this.domElement, GUIDE_TAG);
    setAttribute(guide, 'locale', localeAttribute(this.properties.locale));
    const setting = this.properties.setting;
    setAttribute(guide, 'preset', setting === 'general-support' || setting === 'service-situation' ? `setting=${setting}` : undefined);
    guide.replaceChildren(...contactsList(this.properties.contacts));
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            {
              groupName: strings.GuideGroupName,
              groupFields: [
                PropertyPaneDropdown('locale', {
                  label: strings.LocaleFieldLabel,
                  options: localeOptions(strings.LocaleFollowPage),
                  selectedKey: this.properties.locale ?? 'page'
                }),
                PropertyPaneDropdown('setting', {
                  label: strings.SettingFieldLabel,
                  options: [
                    { key: 'none', text: strings.SettingNone },
                    { key: 'general-support', text: strings.SettingGeneralSupport },
                    { key: 'service-situation', text: strings.SettingServiceSituation }
                  ],
                  selectedKey: this.properties.setting ?? 'none'
                }),
                PropertyPaneTextField('contacts', {
                  label: strings.ContactsFieldLabel,
                  description: strings.ContactsFieldDescription,
                  multiline: true,
                  rows: 5,
                  resizable: true
                })
              ]
            }
          ]
        }
      ]
    };
  }
}
