/*
 * Siaga Humas: Tasklist configuration (overrides the webjar's scripts/config.js on the classpath).
 * Officers read Bahasa Indonesia: Indonesian is offered first whatever the browser's language, and
 * English stays available as the fallback for any label that is missing.
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
  },

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'mengklaim tugas yang sedang dipilih'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'memindahkan fokus ke filter pertama di daftar'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'memindahkan fokus ke tugas pertama di daftar'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'memindahkan fokus ke kolom isian pertama di formulir tugas'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'membuka dialog untuk memulai proses'
    }
  }
};
