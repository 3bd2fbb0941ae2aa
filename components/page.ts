/** Mounts a page's root component and applies the language's direction. */
import { render, type ComponentChild } from 'preact';
import { uiDirection, uiLanguage } from '../platform/i18n';
import './theme.css';

export function mountPage(root: ComponentChild, title: string): void {
  document.documentElement.lang = uiLanguage();
  document.documentElement.dir = uiDirection();
  document.title = title;
  const host = document.getElementById('app');
  if (host) render(root, host);
}
