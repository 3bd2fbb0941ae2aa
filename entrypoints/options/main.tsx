import { mountPage } from '../../components/page';
import { t } from '../../platform/i18n';
import { OptionsApp } from './App';

mountPage(<OptionsApp />, t('optionsTitle'));
