/*
 * Siaga Humas: Cockpit configuration (overrides the webjar's scripts/config.js on the classpath).
 * Administrators and humas-pusat read Bahasa Indonesia: Indonesian is offered first whatever the browser's
 * language, and English stays available as the fallback for any label that is missing.
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
