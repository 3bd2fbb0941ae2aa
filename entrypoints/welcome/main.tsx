import { mountPage } from '../../components/page';
import { t } from '../../platform/i18n';
import { WelcomeApp } from './App';

mountPage(<WelcomeApp />, t('welcomeTitle'));
