// store/permissions.md: the single purpose and one line per permission the built manifests ask for,
// each with why. A permission without an explanation here stops `npm run store`; the unit test
// (tests/unit/store.test.ts) checks the written list against the manifest wxt.config.ts builds.

export const SINGLE_PURPOSE =
  'Limber reminds people who sit at a computer to take short stretch breaks: it counts sitting time and, ' +
  'when a break is due, shows one stretch with a picture, a few cues and a hold timer.';

/** Why each permission is needed, in the words a store reviewer reads. */
export const WHY = {
  alarms: 'Wakes the background when the badge\'s minute changes and when a break is due; a timer would die with the service worker.',
  idle: 'Notices when the user steps away or locks the screen, so time away counts as a break and restarts the sitting count.',
  storage: 'Keeps the settings (storage.sync, so they follow the user) and the sitting count and rotation (storage.local), so a restarted service worker loses nothing.',
  offscreen: 'Plays the optional soft chime when no Limber page is open (Chrome only; Firefox plays it from the page that shows the card).',
  notifications: 'Asked for only when the user picks the notification nudge style; refused, Limber keeps using its small window.',
};

/** The optional host permissions are the web meeting sites (data/meeting-sites.ts), all for one reason. */
const MEETING_SITE_WHY =
  'A web meeting site. Asked for only when the user turns on "Hold breaks during web meetings", so that tabs.query can find a meeting tab by its address (and whether it plays sound or is in front); Limber reads nothing from the page and runs no script in it. Refused, nothing changes; turned off, it is given back.';

const isHost = (name) => name.includes('://') || name === '<all_urls>';
const why = (row) => WHY[row.name] ?? (row.kind === 'optional' && isHost(row.name) ? MEETING_SITE_WHY : undefined);

/** Every permission a manifest asks for, by kind: required (incl. host permissions) and optional. */
export function declaredPermissions(manifest) {
  return {
    required: [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])],
    optional: [...(manifest.optional_permissions ?? []), ...(manifest.optional_host_permissions ?? [])],
  };
}

/** The permissions of both builds, each once, with the browsers that ask for it. */
export function permissionRows(manifests) {
  const rows = new Map();
  for (const [browser, manifest] of Object.entries(manifests)) {
    const declared = declaredPermissions(manifest);
    for (const kind of ['required', 'optional']) {
      for (const name of declared[kind]) {
        const row = rows.get(name) ?? { name, kind, browsers: [] };
        if (row.kind !== kind) throw new Error(`${name} is ${row.kind} in one build and ${kind} in another`);
        row.browsers.push(browser);
        rows.set(name, row);
      }
    }
  }
  return [...rows.values()];
}

const BROWSER_NAMES = { chrome: 'Chrome', firefox: 'Firefox' };

export function permissionsMarkdown(manifests) {
  const rows = permissionRows(manifests);
  const unexplained = rows.filter((r) => !why(r)).map((r) => r.name);
  if (unexplained.length > 0) throw new Error(`no explanation in scripts/store/permissions.mjs for: ${unexplained.join(', ')}`);
  const hosts = rows.filter((r) => r.kind === 'required' && isHost(r.name));
  const line = (r) => `- \`${r.name}\`: ${r.kind}, ${r.browsers.map((b) => BROWSER_NAMES[b] ?? b).join(' and ')}. ${why(r)}`;
  return [
    '# Limber: permissions',
    '',
    'Written by `npm run store` from the built manifests (`.output/chrome-mv3`, `.output/firefox-mv3`);',
    '`tests/unit/store.test.ts` checks this list against the manifest `wxt.config.ts` builds.',
    '',
    '## Single purpose',
    '',
    SINGLE_PURPOSE,
    '',
    '## Permissions',
    '',
    ...rows.filter((r) => r.kind === 'required').map(line),
    '',
    '## Optional permissions',
    '',
    ...rows.filter((r) => r.kind === 'optional').map(line),
    '',
    '## Not asked for',
    '',
    hosts.length === 0 ? '- No required host permissions: Limber reads no web page.' : '',
    '- No `tabs`: it finds a call or a video with `tabs.query({ audible: true })` and fullscreen windows with `windows.getAll()`, which need none.',
    '- No remote code; nothing is sent anywhere. The Firefox manifest declares `data_collection_permissions: { required: ["none"] }`.',
    '',
  ].filter((l, i, all) => !(l === '' && all[i - 1] === '')).join('\n');
}
