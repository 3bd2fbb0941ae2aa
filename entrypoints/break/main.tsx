import { mountPage } from '../../components/page';
import { t } from '../../platform/i18n';
import { BreakApp, paramsFromLocation } from './App';

mountPage(<BreakApp {...paramsFromLocation(location.search)} />, t('breakTitle'));
