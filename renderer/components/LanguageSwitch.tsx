import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguagePreferenceSchema, type Preferences } from '../../shared/host';
import { host } from '../host';
import { changeLanguage, languageFor, systemLanguage } from '../i18n';

export interface LanguageProps {
  readonly language: Preferences['language'];
  readonly onLanguageChange: (language: Preferences['language']) => void;
}

interface LanguageSwitchProps extends LanguageProps {
  /** Where room is short (the workspace's title bar), the label is for screen readers only. */
  readonly compact?: boolean;
}

/** German or English, or whatever the system uses; kept in the preferences. */
export function LanguageSwitch({ language, onLanguageChange, compact = false }: LanguageSwitchProps) {
  const { t } = useTranslation();
  const id = useId();
  const choose = async (value: string) => {
    const preference = LanguagePreferenceSchema.parse(value);
    const saved = await host().setPreferences({ language: preference });
    await changeLanguage(languageFor(saved.language));
    onLanguageChange(saved.language);
  };
  return (
    <div className="language-switch">
      <label htmlFor={id} className={compact ? 'visually-hidden' : undefined}>
        {t('language.label')}
      </label>
      <select id={id} value={language} onChange={(event) => void choose(event.target.value)}>
        <option value="system">{t('language.system', { language: t(`language.${systemLanguage()}`) })}</option>
        <option value="de">{t('language.de')}</option>
        <option value="en">{t('language.en')}</option>
      </select>
    </div>
  );
}
