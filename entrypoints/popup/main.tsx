import { mountPage } from '../../components/page';
import { t } from '../../platform/i18n';
import { PopupApp } from './App';

mountPage(<PopupApp />, t('extName'));
