export const appMessages = {
  'app.productName': 'Wayfinder Navigator',
  'app.skipToContent': 'Skip to content',
  'app.nav.label': 'Main',
  'app.nav.home': 'Home',
  'app.nav.settings': 'Settings',
  'app.loading': 'Loading your saved work…',
  'app.storageError': 'Your work could not be saved in this browser. Keep this tab open and export a copy.',
  'home.title': 'Plan, steer and learn from scaling for equity',
  'home.intro':
    'A team’s journey from where it starts to where it wants every student to be: the trip ticket, the strategies it packs, the pit stops where it checks its route, and the analyses that show which conditions go with equitable outcomes.',
  'home.storage': 'Everything you enter stays in this browser until you export it.',
  'home.credit':
    'The Navigator tools follow A Framework for Scaling for Equity by Cohen-Vogel, Century and Sherer (Carnegie Foundation for the Advancement of Teaching, 2022), used under CC BY 4.0.',
  'settings.title': 'Settings',
  'settings.appearance': 'Appearance',
  'settings.theme.light': 'Light',
  'settings.theme.dark': 'Dark',
  'settings.theme.auto': 'Same as my device',
  'settings.language': 'Language',
  'settings.productName': 'Product name',
  'settings.productName.help': 'Shown in the header. Leave empty to use the default.',
  'settings.saved': 'Settings saved.',
} as const;

export type AppMessageKey = keyof typeof appMessages;

export const appMessagesEs = {
  'app.productName': 'Wayfinder Navigator',
  'app.skipToContent': 'Ir al contenido',
  'app.nav.label': 'Principal',
  'app.nav.home': 'Inicio',
  'app.nav.settings': 'Configuración',
  'app.loading': 'Cargando tu trabajo guardado…',
  'app.storageError': 'No se pudo guardar tu trabajo en este navegador. Mantén esta pestaña abierta y exporta una copia.',
  'home.title': 'Planificar, orientar y aprender al escalar con equidad',
  'home.intro':
    'El recorrido de un equipo desde donde empieza hasta donde quiere que esté cada estudiante: el boleto de viaje, las estrategias que lleva, las paradas donde revisa su ruta y los análisis que muestran qué condiciones acompañan a resultados equitativos.',
  'home.storage': 'Todo lo que escribes se queda en este navegador hasta que lo exportes.',
  'home.credit':
    'Las herramientas del Navigator siguen A Framework for Scaling for Equity de Cohen-Vogel, Century y Sherer (Carnegie Foundation for the Advancement of Teaching, 2022), usado bajo CC BY 4.0.',
  'settings.title': 'Configuración',
  'settings.appearance': 'Apariencia',
  'settings.theme.light': 'Claro',
  'settings.theme.dark': 'Oscuro',
  'settings.theme.auto': 'Igual que mi dispositivo',
  'settings.language': 'Idioma',
  'settings.productName': 'Nombre del producto',
  'settings.productName.help': 'Se muestra en el encabezado. Déjalo vacío para usar el predeterminado.',
  'settings.saved': 'Configuración guardada.',
} satisfies Record<AppMessageKey, string>;
