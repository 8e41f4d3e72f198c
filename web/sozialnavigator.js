/* Sozialnavigator: Sozialindex areas and social institutions on a Leaflet map.
   Data, colours and texts come from the JSON blocks in index.html (written by the
   QGIS algorithm sozialplanung:webexport). No request leaves the site unless a
   background map is configured. */
(function () {
  'use strict';

  const MAX_TREFFER = 50;

  function daten(id) {
    return JSON.parse(document.getElementById(id).textContent);
  }

  const konfig = daten('sn-konfiguration');
  const gebiete = daten('sn-gebiete');
  const einrichtungen = daten('sn-einrichtungen');

  /* ---------------------------------------------------------------- helpers */

  /** Search key: case, umlauts (ü = ue = u), ß/ss, accents and punctuation do not matter. */
  function suchschluessel(text) {
    return String(text || '')
      .toLowerCase()
      .replace(/ß/g, 'ss')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/([aou])e/g, '$1')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  }

  /** An element with attributes and children (strings become text, never HTML). */
  function el(tag, attrs, ...kinder) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    kinder.forEach((k) => node.append(k));
    return node;
  }

  function farbe(wert) {
    return /^#[0-9a-fA-F]{6}$/.test(wert) ? wert : '#808080';
  }

  function escapeHtml(text) {
    return String(text || '').replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';');
  }

  /** A small colour sample (SVG, drawn by the HTML parser: no inline styles). */
  function feld(fuellung, form) {
    const box = el('span', { class: 'feld', 'aria-hidden': 'true' });
    box.innerHTML = form === 'kreis'
      ? '<svg width="16" height="16"><circle cx="8" cy="8" r="6.5" fill="' + fuellung +
        '" stroke="#1a1a1a" stroke-width="1.5"/></svg>'
      : '<svg width="28" height="18"><rect x="0.5" y="0.5" width="27" height="17" fill="' + fuellung +
        '" stroke="#595959"/></svg>';
    return box;
  }

  /* --------------------------------------------------- classes and hatching */

  const klassen = new Map(konfig.klassen.map((k) => [k.value, k]));
  const musterSvg = el('div', { class: 'muster', 'aria-hidden': 'true' });
  musterSvg.innerHTML = '<svg width="0" height="0"><defs>' + konfig.klassen.map((k, i) => {
    k.fuellung = farbe(k.fill);
    if (!k.hatch) {
      return '';
    }
    const s = Math.max(Number(k.hatch.spacing) || 8, 3);
    k.fuellung = 'url(#sn-schraffur-' + i + ')';
    return '<pattern id="sn-schraffur-' + i + '" patternUnits="userSpaceOnUse" width="' + s + '" height="' + s +
      '" patternTransform="rotate(' + (-Number(k.hatch.angle) || 0) + ')">' +
      '<rect width="' + s + '" height="' + s + '" fill="' + farbe(k.fill) + '"/>' +
      '<line x1="0" y1="' + s / 2 + '" x2="' + s + '" y2="' + s / 2 + '" stroke="' + farbe(k.hatch.color) +
      '" stroke-width="1.2"/></pattern>';
  }).join('') + '</defs></svg>';
  document.body.append(musterSvg);

  function klasseVon(wert) {
    return klassen.get(wert || '') || klassen.get('');
  }

  /* -------------------------------------------------------------------- map */

  const karte = L.map('karte', { zoomControl: false, maxZoom: 18, zoomSnap: 0.25 });
  L.control.zoom({ zoomInTitle: 'Vergrößern', zoomOutTitle: 'Verkleinern' }).addTo(karte);
  karte.attributionControl.setPrefix('<a href="vendor/leaflet/LICENSE">Leaflet</a>');

  const hg = konfig.hintergrund;
  if (hg) {
    const optionen = { attribution: escapeHtml(hg.attribution), maxZoom: 18 };
    const schicht = hg.type === 'wms'
      ? L.tileLayer.wms(hg.url, Object.assign(optionen, { layers: hg.layers, styles: hg.styles, format: hg.format }))
      : L.tileLayer(hg.url, optionen);
    schicht.addTo(karte);
  }

  const gebietSchicht = L.geoJSON(gebiete, {
    style: (f) => {
      const k = klasseVon(f.properties.klasse);
      return {
        color: farbe(k.stroke || '#ffffff'),
        weight: 1,
        fillColor: k.fuellung,
        fillOpacity: hg ? 0.7 : 1,
      };
    },
    onEachFeature: (f, schicht) => {
      const k = klasseVon(f.properties.klasse);
      schicht.bindPopup(() => el('div', { class: 'popup', tabindex: '-1' },
        el('h3', {}, f.properties.name || 'Gebiet'),
        el('p', {}, 'Sozialindex: ' + k.label)));
    },
  }).addTo(karte);

  /* ------------------------------------------------------------ institutions */

  const farben = new Map(konfig.kategorien.map((k) => [k.name, farbe(k.farbe)]));
  const gruppen = new Map(konfig.kategorien.map((k) => [k.name, L.layerGroup().addTo(karte)]));

  function kontakt(text) {
    if (/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(text)) {
      return el('a', { href: 'mailto:' + text }, text);
    }
    if (/^\+?[\d\s/()-]{5,}$/.test(text)) {
      return el('a', { href: 'tel:' + text.replace(/[^\d+]/g, '') }, text);
    }
    return text;
  }

  function einrichtungPopup(p) {
    const liste = el('dl', {}, el('dt', {}, 'Kategorie'), el('dd', {}, p.kategorie));
    if (p.adresse) {
      liste.append(el('dt', {}, 'Adresse'), el('dd', {}, p.adresse));
    }
    if (p.kontakt) {
      liste.append(el('dt', {}, 'Kontakt'), el('dd', {}, kontakt(p.kontakt)));
    }
    return el('div', { class: 'popup', tabindex: '-1' }, el('h3', {}, p.name), liste);
  }

  const marker = einrichtungen.features.map((f) => {
    const p = f.properties;
    const [lon, lat] = f.geometry.coordinates;
    const m = L.circleMarker([lat, lon], {
      radius: 7,
      color: '#1a1a1a',
      weight: 1.5,
      fillColor: farben.get(p.kategorie),
      fillOpacity: 1,
      className: 'sn-einrichtung',
    });
    m.bindPopup(() => einrichtungPopup(p));
    m.sn = { p: p, schluessel: suchschluessel(p.name) };
    gruppen.get(p.kategorie).addLayer(m);
    return m;
  }).sort((a, b) => a.sn.p.name.localeCompare(b.sn.p.name, 'de'));

  const grenzen = gebietSchicht.getBounds();
  marker.forEach((m) => grenzen.extend(m.getLatLng()));
  karte.fitBounds(grenzen, { padding: [8, 8] });

  /* ------------------------------------------- popups usable by keyboard */

  let zurueck = null;
  karte.on('popupopen', (e) => {
    const box = e.popup.getElement();
    const schliessen = box.querySelector('.leaflet-popup-close-button');
    if (schliessen) {
      schliessen.setAttribute('aria-label', 'Schließen');
      schliessen.setAttribute('title', 'Schließen');
    }
    const inhalt = box.querySelector('.popup');
    if (inhalt) {
      inhalt.focus({ preventScroll: true });
    }
  });
  karte.on('popupclose', () => {
    if (zurueck && document.body.contains(zurueck)) {
      zurueck.focus();
    }
    zurueck = null;
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && document.querySelector('.leaflet-popup')) {
      karte.closePopup();
    }
  });

  /* ------------------------------------------------------------ filter */

  const aktiv = new Set(farben.keys());
  const anzahl = document.getElementById('anzahl');
  const kastenListe = document.getElementById('kategorien');

  function zeigeAnzahl() {
    const sichtbar = marker.filter((m) => aktiv.has(m.sn.p.kategorie)).length;
    anzahl.textContent = sichtbar + ' von ' + marker.length + ' Einrichtungen werden angezeigt.';
  }

  function setzeKategorie(name, an) {
    if (an) {
      aktiv.add(name);
      karte.addLayer(gruppen.get(name));
    } else {
      aktiv.delete(name);
      karte.removeLayer(gruppen.get(name));
    }
  }

  const kaesten = konfig.kategorien.map((k, i) => {
    const id = 'kategorie-' + i;
    const kasten = el('input', { type: 'checkbox', id: id });
    kasten.checked = true;
    kasten.addEventListener('change', () => {
      setzeKategorie(k.name, kasten.checked);
      zeigeAnzahl();
      suchen();
    });
    kastenListe.append(el('div', { class: 'kategorie' }, kasten,
      el('label', { for: id }, feld(farbe(k.farbe), 'kreis'), k.name + ' (' + k.anzahl + ')')));
    return { kasten: kasten, name: k.name };
  });

  function alleSetzen(an) {
    kaesten.forEach((k) => {
      k.kasten.checked = an;
      setzeKategorie(k.name, an);
    });
    zeigeAnzahl();
    suchen();
  }
  document.getElementById('alle').addEventListener('click', () => alleSetzen(true));
  document.getElementById('keine').addEventListener('click', () => alleSetzen(false));

  /* ------------------------------------------------------------ search */

  const suche = document.getElementById('suche');
  const trefferListe = document.getElementById('treffer');
  const trefferStatus = document.getElementById('treffer-status');

  function oeffnen(m, knopf) {
    zurueck = knopf;
    karte.getContainer().scrollIntoView({ block: 'nearest' });
    karte.setView(m.getLatLng(), Math.max(karte.getZoom(), 15));
    m.openPopup();
  }

  function suchen() {
    const woerter = suchschluessel(suche.value).split(' ').filter(Boolean);
    trefferListe.replaceChildren();
    if (!woerter.length) {
      trefferStatus.textContent = '';
      return [];
    }
    const treffer = marker.filter((m) => aktiv.has(m.sn.p.kategorie) &&
      woerter.every((w) => m.sn.schluessel.includes(w)));
    if (!treffer.length) {
      trefferStatus.textContent = 'Keine Einrichtung gefunden' +
        (aktiv.size < farben.size ? ' (nur in den gewählten Kategorien gesucht).' : '.');
    } else {
      trefferStatus.textContent = treffer.length + ' Treffer' +
        (treffer.length > MAX_TREFFER ? ', die ersten ' + MAX_TREFFER + ' stehen in der Liste.' : '.');
    }
    treffer.slice(0, MAX_TREFFER).forEach((m) => {
      const knopf = el('button', { type: 'button', class: 'treffer-knopf' },
        feld(farben.get(m.sn.p.kategorie), 'kreis'), el('strong', {}, m.sn.p.name), ' – ' + m.sn.p.kategorie);
      knopf.addEventListener('click', () => oeffnen(m, knopf));
      trefferListe.append(el('li', {}, knopf));
    });
    return treffer;
  }
  suche.addEventListener('input', suchen);
  suche.addEventListener('keydown', (e) => {
    const erster = trefferListe.querySelector('button');
    if (e.key === 'Enter' && erster) {
      e.preventDefault();
      erster.click();
    }
  });

  /* ------------------------------------------------------------ legend */

  const legende = document.getElementById('legende');
  konfig.klassen.forEach((k) => {
    if (k.value === '' && !k.count) {
      return;
    }
    legende.append(el('li', {}, feld(k.fuellung), el('span', {}, k.label),
      el('span', { class: 'hinweis' }, k.count + (k.count === 1 ? ' Gebiet' : ' Gebiete'))));
  });

  zeigeAnzahl();
})();
