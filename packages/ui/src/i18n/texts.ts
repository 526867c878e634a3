/**
 * Built-in texts, one table per language and one line per text, in the order of `TEXT_KEYS`. Lines rather
 * than objects keep seven languages small; the config's `texts` replace any of them by key.
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
  en: `
Your privacy
We use optional cookies only if you agree. You can change your choice at any time.
We use cookies, and some share your personal information with partners. You can opt out at any time.
Your Global Privacy Control signal was honoured: we do not sell or share your personal information.
Accept all
Reject all
Manage preferences
OK
Do Not Sell or Share My Personal Information
Privacy policy
Privacy preferences
Necessary
Required for the site to work. Always on.
Services
Save preferences
Close`,
  de: `
Ihre Privatsphäre
Optionale Cookies setzen wir nur mit Ihrer Einwilligung. Sie können Ihre Wahl jederzeit ändern.
Wir verwenden Cookies, teils mit Weitergabe Ihrer personenbezogenen Daten an Partner. Sie können jederzeit widersprechen.
Ihr Global-Privacy-Control-Signal wurde beachtet: Wir verkaufen Ihre personenbezogenen Daten nicht und geben sie nicht weiter.
Alle akzeptieren
Alle ablehnen
Einstellungen verwalten
OK
Meine personenbezogenen Daten nicht verkaufen oder weitergeben
Datenschutzerklärung
Datenschutz-Einstellungen
Notwendig
Für den Betrieb der Website erforderlich. Immer aktiv.
Dienste
Auswahl speichern
Schließen`,
  fr: `
Votre vie privée
Nous n’utilisons des cookies facultatifs qu’avec votre accord. Vous pouvez modifier votre choix à tout moment.
Nous utilisons des cookies, dont certains partagent vos données personnelles avec des partenaires. Vous pouvez vous y opposer à tout moment.
Votre signal Global Privacy Control a été respecté : nous ne vendons ni ne partageons vos données personnelles.
Tout accepter
Tout refuser
Gérer les préférences
OK
Ne pas vendre ni partager mes données personnelles
Politique de confidentialité
Préférences de confidentialité
Nécessaires
Indispensables au fonctionnement du site. Toujours actifs.
Services
Enregistrer mes choix
Fermer`,
  es: `
Tu privacidad
Solo usamos cookies opcionales si lo aceptas. Puedes cambiar tu elección en cualquier momento.
Usamos cookies y algunas comparten tu información personal con socios. Puedes oponerte en cualquier momento.
Hemos respetado tu señal Global Privacy Control: no vendemos ni compartimos tu información personal.
Aceptar todo
Rechazar todo
Gestionar preferencias
Entendido
No vender ni compartir mi información personal
Política de privacidad
Preferencias de privacidad
Necesarias
Imprescindibles para que el sitio funcione. Siempre activas.
Servicios
Guardar preferencias
Cerrar`,
  'pt-PT': `
A sua privacidade
Só utilizamos cookies opcionais se concordar. Pode alterar a sua escolha a qualquer momento.
Utilizamos cookies e alguns partilham as suas informações pessoais com parceiros. Pode opor-se a qualquer momento.
O seu sinal Global Privacy Control foi respeitado: não vendemos nem partilhamos as suas informações pessoais.
Aceitar tudo
Rejeitar tudo
Gerir preferências
OK
Não vender nem partilhar as minhas informações pessoais
Política de privacidade
Preferências de privacidade
Necessários
Indispensáveis ao funcionamento do site. Sempre ativos.
Serviços
Guardar preferências
Fechar`,
  'pt-BR': `
Sua privacidade
Só usamos cookies opcionais se você concordar. Você pode mudar sua escolha a qualquer momento.
Usamos cookies e alguns compartilham suas informações pessoais com parceiros. Você pode se opor a qualquer momento.
Seu sinal Global Privacy Control foi respeitado: não vendemos nem compartilhamos suas informações pessoais.
Aceitar tudo
Rejeitar tudo
Gerenciar preferências
OK
Não vender nem compartilhar minhas informações pessoais
Política de privacidade
Preferências de privacidade
Necessários
Indispensáveis ao funcionamento do site. Sempre ativos.
Serviços
Salvar preferências
Fechar`,
  cs: `
Vaše soukromí
Volitelné cookies používáme jen s vaším souhlasem. Svou volbu můžete kdykoli změnit.
Používáme cookies a některé sdílejí vaše osobní údaje s partnery. Můžete to kdykoli odmítnout.
Respektovali jsme váš signál Global Privacy Control: vaše osobní údaje neprodáváme ani nesdílíme.
Přijmout vše
Odmítnout vše
Spravovat předvolby
Rozumím
Neprodávat ani nesdílet mé osobní údaje
Zásady ochrany osobních údajů
Nastavení soukromí
Nezbytné
Nutné pro fungování webu. Vždy zapnuto.
Služby
Uložit předvolby
Zavřít`,
};

/** A built-in table by key; empty for a language only the config knows. */
export function builtIn(lang: string): Partial<Texts> {
  const lines = builtInTexts[lang]?.trim().split('\n') ?? [];
  return Object.fromEntries(lines.map((text, index) => [TEXT_KEYS[index], text]));
}
