/** The keyboard shortcut's command name (manifest `commands` in wxt.config.ts). */
export const START_STRETCH_COMMAND = 'start-stretch';
