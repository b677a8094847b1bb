/**
 * "Copiar cita": progressive enhancement of a unit's functions list. Without
 * JavaScript each function's number is already its permalink; with it, each
 * function gets a button that copies the formal citation with its URL.
 *
 * Reads, from the section that wraps the list:
 *   data-cita      the template from src/lib/cita.ts (`{n}`, `{url}`)
 *   data-cita-url  the unit's canonical URL
 * and from each `<li id="funcion-3" data-n="3">` its anchor and label.
 *
 * A site built without SITE_URL knows no origin, so its URLs are site paths
 * (`/imss/uit/...`): a citation is completed with the origin the reader is on,
 * the URL the reader sees. With SITE_URL they are absolute and stay as built.
 */
import { llenarPlantilla } from '../lib/cita.ts';

/** How long the button says "Cita copiada" before it reads "Copiar cita" again. */
const confirmacionMs = 2000;

function estado(): HTMLElement {
  let region = document.getElementById('estado-cita');
  if (!region) {
    region = document.createElement('p');
    region.id = 'estado-cita';
    region.className = 'vh';
    region.setAttribute('role', 'status');
    document.body.append(region);
  }
  return region;
}

async function copiar(texto: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(texto);
    return true;
  } catch {
    // No clipboard (insecure origin, old browser): show the text to copy by hand.
    window.prompt('Copie la cita:', texto);
    return false;
  }
}

/** `/imss/uit/x/` -> `https://<where the reader is>/imss/uit/x/`; an absolute URL as it is. */
const completa = (url: string) => new URL(url, location.href).href;

// The citation and printed address shown on the page.
for (const url of document.querySelectorAll<HTMLElement>('[data-url-del-sitio]')) {
  url.textContent = completa(url.textContent ?? '');
}

for (const seccion of document.querySelectorAll<HTMLElement>('[data-cita][data-cita-url]')) {
  const plantilla = seccion.dataset['cita'] ?? '';
  const url = completa(seccion.dataset['citaUrl'] ?? '');
  const palabra = seccion.dataset['citaPalabra'] ?? 'función';
  for (const li of seccion.querySelectorAll<HTMLLIElement>('li[id][data-n]')) {
    const etiqueta = li.dataset['n'] ?? '';
    const boton = document.createElement('button');
    boton.type = 'button';
    boton.className = 'copiar';
    boton.textContent = 'Copiar cita';
    boton.setAttribute('aria-label', `Copiar cita de la ${palabra} ${etiqueta}`);
    boton.addEventListener('click', async () => {
      if (await copiar(llenarPlantilla(plantilla, etiqueta, `${url}#${li.id}`))) {
        boton.textContent = 'Cita copiada';
        estado().textContent = `Cita de la ${palabra} ${etiqueta} copiada.`;
        window.setTimeout(() => (boton.textContent = 'Copiar cita'), confirmacionMs);
      }
    });
    li.insertBefore(boton, li.querySelector('details.original'));
  }
}
