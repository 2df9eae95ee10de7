/*
 * Siaga Humas: Welcome (login and profile) configuration, overriding the webjar's scripts/config.js.
 * Indonesian first whatever the browser's language; English as the fallback for any missing label.
 */
try {
  const preferred = ['id'].concat(Array.from(window.navigator.languages || []));
  Object.defineProperty(window.navigator, 'languages', {get: () => preferred, configurable: true});
} catch (e) {
  // a browser that refuses keeps its own preference; English is still the fallback
}

export default {
  locales: {
    availableLocales: ['id', 'en'],
    fallbackLocale: 'en'
  }
};
