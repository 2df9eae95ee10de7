// Charts of the KPI page (Chart.js, served by the application). The figures come from the same
// GET /api/reports/kpi the table was made from, read with the page's session.
(function () {
  'use strict';
  var box = document.getElementById('grafik');
  if (!box || typeof Chart === 'undefined') {
    return;
  }
  var palette = ['#12355b', '#e65100', '#2e7d32', '#b3261e', '#6a1b9a', '#00838f', '#c79100', '#5d4037',
    '#ad1457', '#455a64', '#7cb342'];
  var categoryNames = {
    PELARIAN: 'Pelarian', NARKOBA: 'Narkoba', PUNGLI: 'Pungli', KEKERASAN: 'Kekerasan', KERUSUHAN: 'Kerusuhan',
    KEMATIAN: 'Kematian', PONSEL_ILEGAL: 'Ponsel ilegal', PERLAKUAN_ISTIMEWA: 'Perlakuan istimewa',
    OVERKAPASITAS: 'Overkapasitas', PELAYANAN: 'Pelayanan', LAINNYA: 'Lainnya'
  };
  var months = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
  function weekLabel(iso) {
    var p = iso.split('-');
    return 'Mg ' + parseInt(p[2], 10) + ' ' + months[parseInt(p[1], 10) - 1];
  }
  function common() {
    return { responsive: true, maintainAspectRatio: false, animation: false,
      plugins: { legend: { position: 'bottom' } } };
  }
  fetch(box.getAttribute('data-sumber'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
    .then(function (report) {
      var units = report.units || [];
      var names = units.map(function (u) { return u.unitName; });
      new Chart(document.getElementById('grafik-waktu'), {
        type: 'bar',
        data: { labels: names, datasets: [
          { label: 'Ke verifikasi', backgroundColor: palette[0],
            data: units.map(function (u) { return u.medianMinutesToVerify; }) },
          { label: 'Ke terbit', backgroundColor: palette[1],
            data: units.map(function (u) { return u.medianMinutesToPublish; }) }] },
        options: Object.assign(common(), { scales: { y: { beginAtZero: true, title: { display: true, text: 'menit' } } } })
      });
      new Chart(document.getElementById('grafik-tepat'), {
        type: 'bar',
        data: { labels: names, datasets: [{ label: 'Tepat waktu (%)', backgroundColor: palette[2],
          data: units.map(function (u) {
            return u.shareWithinDeadline === undefined || u.shareWithinDeadline === null ? null
              : Math.round(u.shareWithinDeadline * 1000) / 10;
          }) }] },
        options: Object.assign(common(), { scales: { y: { beginAtZero: true, max: 100 } } })
      });
      var perCategory = report.casesPerCategoryPerWeek || {};
      var datasets = Object.keys(perCategory).map(function (category, i) {
        return { label: categoryNames[category] || category, data: perCategory[category],
          backgroundColor: palette[i % palette.length] };
      });
      new Chart(document.getElementById('grafik-kategori'), {
        type: 'bar',
        data: { labels: (report.weeks || []).map(weekLabel), datasets: datasets },
        options: Object.assign(common(), { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true,
          ticks: { precision: 0 } } } })
      });
      box.setAttribute('data-siap', 'ya');
    })
    .catch(function (e) {
      var p = document.createElement('p');
      p.className = 'galat';
      p.textContent = 'Grafik tidak dapat dimuat: ' + e.message;
      box.appendChild(p);
    });
}());
