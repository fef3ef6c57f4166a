import { useTranslation } from 'react-i18next';
import { selectLanguage, useCampStore } from '../store/index.js';

/** One button that offers the other language, named in that language. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useCampStore(selectLanguage);
  const setLanguage = useCampStore((store) => store.setLanguage);
  const other = language === 'de' ? 'en' : 'de';
  return (
    <button
      type="button"
      className="language-switch"
      lang={other}
      onClick={() => setLanguage(other)}
    >
      {t('language.switch')}
    </button>
  );
}
