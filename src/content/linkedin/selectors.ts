/**
 * Where each profile field lives in LinkedIn's markup, as data. Every page era LinkedIn has shipped
 * is one `EraSpec` in its own `era-*.ts` file: a marker that says the era's markup is present, then
 * per field an ordered list of picks, best first. The extractor tries JSON-LD before any of these
 * (see json-ld.ts), then the picks of every era whose marker matches, in the order of `eras`.
 * Supporting a new era means adding a file and a line here (plus a fixture), not changing code.
 */
import { loggedInHashed } from './era-loggedin-hashed.ts';
import { loggedInPvTopCard } from './era-loggedin-pv-top-card.ts';
import { loggedInSdui } from './era-loggedin-sdui.ts';
import { loggedInTextDetails } from './era-loggedin-text-details.ts';
import { publicTopCard } from './era-public-top-card.ts';
import { publicOldMicroformats } from './era-public-old-microformats.ts';
import { publicOldTopcard } from './era-public-old-topcard.ts';
import type { EraSpec, FieldChecks, PageSignals } from './selector-types.ts';

export type { EraSpec } from './selector-types.ts';

/** Best first: the first era whose marker matches supplies a field before later ones. */
export const eras: readonly EraSpec[] = [
  publicTopCard,
  loggedInTextDetails,
  loggedInHashed,
  loggedInPvTopCard,
  publicOldTopcard,
  publicOldMicroformats,
  loggedInSdui,
];

/** Values a field's picks must not return (a follower count is not a location). */
export const fieldChecks: FieldChecks = {
  location: /^[+\d]|\b(followers|connections)\b/i,
};

/**
 * Pages that are not profiles, checked only when no era marker or JSON-LD Person is present (every
 * logged-out profile carries sign-in forms in hidden modals). What a page says it is (address, page
 * key, title, heading) decides before its markup: a missing profile's page has a sign-in form too.
 */
export const pageSignals: { authwall: PageSignals; notFound: PageSignals } = {
  authwall: {
    path: /^\/(authwall|login|signup|uas\/login|checkpoint)\b/i,
    pageKey: /auth_?wall|guest-home|^d_checkpoint|login|signup/i,
    title: /^(sign ?up|sign ?in|log ?in|join linkedin|linkedin login)\b.*\|\s*linkedin$|^linkedin: log in or sign up$/i,
    selector: [
      '.authwall-sign-in-form',
      '.authwall-join-form',
      '.join-form',
      '[data-test-id="authwall"]',
      '[data-test-id="hero__headline"]',
      'form[action*="login-submit"]',
      'input[name="session_password"]',
    ].join(', '),
  },
  notFound: {
    path: /^\/(404|(in|company|school|showcase)\/unavailable)\b/i,
    pageKey: /not_?found|404|unavailable/i,
    // "Not found", "doesn't exist", "not available": English, then French, German, Spanish,
    // Portuguese, Italian, Dutch, Swedish and Polish LinkedIn. The address and page key decide first.
    title:
      /page not found|profile not found|not available|unavailable|doesn.t exist|\b404\b|introuvable|n.existe pas|n.est pas disponible|indisponible|nicht gefunden|existiert nicht|nicht verfügbar|no encontrad[oa]|no existe|no está disponible|não encontrad[oa]|não existe|não está disponível|indisponível|non trovat[oa]|non esiste|non è disponibile|niet gevonden|bestaat niet|niet beschikbaar|hittades inte|finns inte|inte tillgänglig|nie znaleziono|nie istnieje|niedostępn[ay]/i,
    selector: '.not-found, .profile-unavailable, [data-test-id="not-found"], .error-404',
  },
};
