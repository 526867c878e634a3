/**
 * Built-in texts, one table per language and one line per text, in the order of `TEXT_KEYS`, the first on
 * the line of the opening backtick. Lines rather than objects keep seven languages small; the config's
 * `texts` replace any of them by key.
 */
export const TEXT_KEYS = [
  'title',
  'body',
  'optOutBody',
  'gpc',
  'acceptAll',
  'rejectAll',
  'manage',
  'ok',
  // The wording the CCPA/CPRA regulations prescribe for the opt-out link.
  'doNotSell',
  'policy',
  'prefsTitle',
  'necessary',
  'necessaryBody',
  'services',
  'save',
  'close',
] as const;

export type TextKey = (typeof TEXT_KEYS)[number];
export type Texts = Record<TextKey, string>;

/** Tables by language tag; `pt` alone resolves to the first Portuguese one, `pt-PT`. */
export const builtInTexts: Record<string, string> = {
  en: `Your privacy
We use optional cookies only if you agree. You can change your choice at any time.
Some cookies share your personal information with partners. You can opt out at any time.
Global Privacy Control honoured: we do not sell or share your personal information.
Accept all
Reject all
Manage preferences
OK
Do Not Sell or Share My Personal Information
Privacy policy
Privacy preferences
Necessary
Required for the site to work.
Services
Save preferences
Close`,
  de: `Datenschutz
Optionale Cookies nur mit Ihrer Einwilligung. Sie können Ihre Wahl jederzeit ändern.
Manche Cookies geben Ihre Daten an Partner weiter. Sie können jederzeit widersprechen.
Global Privacy Control beachtet: kein Verkauf, keine Weitergabe Ihrer Daten.
Alle akzeptieren
Alle ablehnen
Einstellungen
OK
Meine personenbezogenen Daten nicht verkaufen oder weitergeben
Datenschutzerklärung
Datenschutz-Einstellungen
Notwendig
Für die Website erforderlich.
Dienste
Auswahl speichern
Schließen`,
  fr: `Votre vie privée
Cookies facultatifs uniquement avec votre accord, modifiable à tout moment.
Certains cookies partagent vos données avec des partenaires. Vous pouvez vous y opposer à tout moment.
Global Privacy Control respecté : nous ne vendons ni ne partageons vos données.
Tout accepter
Tout refuser
Personnaliser
OK
Ne pas vendre ni partager mes données personnelles
Politique de confidentialité
Préférences de confidentialité
Nécessaires
Indispensables au fonctionnement du site.
Services
Enregistrer mes choix
Fermer`,
  es: `Tu privacidad
Solo usamos cookies opcionales si lo aceptas, y puedes cambiarlo en cualquier momento.
Algunas cookies comparten tus datos con socios. Puedes oponerte en cualquier momento.
Global Privacy Control respetado: no vendemos ni compartimos tus datos.
Aceptar todo
Rechazar todo
Configurar
Entendido
No vender ni compartir mi información personal
Política de privacidad
Preferencias de privacidad
Necesarias
Imprescindibles para que el sitio funcione.
Servicios
Guardar preferencias
Cerrar`,
  'pt-PT': `A sua privacidade
Só usamos cookies opcionais se concordar. Pode alterar a sua escolha a qualquer momento.
Alguns cookies partilham os seus dados com parceiros. Pode opor-se a qualquer momento.
Global Privacy Control respeitado: não vendemos nem partilhamos os seus dados.
Aceitar tudo
Rejeitar tudo
Personalizar
OK
Não vender nem partilhar as minhas informações pessoais
Política de privacidade
Preferências de privacidade
Necessários
Indispensáveis ao funcionamento do site.
Serviços
Guardar preferências
Fechar`,
  'pt-BR': `Sua privacidade
Só usamos cookies opcionais se você concordar. Você pode mudar sua escolha a qualquer momento.
Alguns cookies compartilham seus dados com parceiros. Você pode se opor a qualquer momento.
Global Privacy Control respeitado: não vendemos nem compartilhamos seus dados.
Aceitar tudo
Rejeitar tudo
Personalizar
OK
Não vender nem compartilhar minhas informações pessoais
Política de privacidade
Preferências de privacidade
Necessários
Indispensáveis ao funcionamento do site.
Serviços
Salvar preferências
Fechar`,
  cs: `Vaše soukromí
Volitelné cookies používáme jen s vaším souhlasem. Svou volbu můžete kdykoli změnit.
Některé cookies sdílejí vaše osobní údaje s partnery. Můžete to kdykoli odmítnout.
Global Privacy Control respektován: vaše osobní údaje neprodáváme ani nesdílíme.
Přijmout vše
Odmítnout vše
Nastavení
Rozumím
Neprodávat ani nesdílet mé osobní údaje
Zásady ochrany osobních údajů
Nastavení soukromí
Nezbytné
Nutné pro fungování webu.
Služby
Uložit volbu
Zavřít`,
};

/** A built-in table by key; empty for a language only the config knows. */
export function builtIn(lang: string): Partial<Texts> {
  const lines = builtInTexts[lang]?.split('\n') ?? [];
  return Object.fromEntries(lines.map((text, index) => [TEXT_KEYS[index], text]));
}
