import { mountPage } from '../../components/page';
import { t } from '../../platform/i18n';
import { parseBreakPageQuery } from '../../core/break-card';
import { BreakApp } from './App';

mountPage(<BreakApp {...parseBreakPageQuery(location.search)} />, t('breakTitle'));
