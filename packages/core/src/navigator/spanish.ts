import type { FactorGuideTranslation } from './factor-guide';
import type { TypologyTranslation } from './typology-data';

/**
 * The framework's typology in Spanish: the three approaches and eight strategies with their
 * equity-focused variants, by id. Use with `localizeTypology` (a stored typology, keeping a
 * team's own words) or `translateTypology`.
 */
export const typologyEs: TypologyTranslation = {
  approaches: {
    innovation: { name: 'Desarrollar una innovación escalable', description: 'Dar forma a la propia innovación para que pueda llegar a más aulas y escuelas.' },
    networks: { name: 'Crear y aprovechar redes de educadores', description: 'Que los educadores que usan la innovación la lleven a otros.' },
    policy: { name: 'Influir en los responsables de políticas estatales o locales', description: 'Hacer que las políticas y quienes las deciden trabajen a favor de la innovación y de sus fines de equidad.' },
  },
  strategies: {
    'co-design': {
      name: 'Codiseñar la innovación',
      description: 'Diseñar la innovación junto con las personas que la pondrán en práctica.',
      equityVariant: 'Diseñar con las personas más afectadas por las desigualdades que aborda la innovación: estudiantes, familias y educadores más alejados de las oportunidades.',
    },
    'scalable-characteristics': {
      name: 'Diseñar con características escalables',
      description: 'Hacer que la innovación sea fácil de probar, que se vea que funciona, compatible con la práctica actual, adaptable y no demasiado compleja.',
      equityVariant: 'Revisar cada característica desde el punto de vista de las escuelas y los estudiantes más alejados de las oportunidades, no de los que tienen más recursos.',
    },
    'proof-point': {
      name: 'Usar un caso demostrativo',
      description: 'Mostrar lugares donde la innovación funciona, para que otros la vean en acción.',
      equityVariant: 'Elegir lugares representativos de las escuelas a las que se quiere llegar, sin darles recursos adicionales que las demás no recibirán.',
    },
    'user-network': {
      name: 'Crear y sostener una red de usuarios de la innovación',
      description: 'Conectar a los educadores que usan la innovación para que aprendan unos de otros y se apoyen.',
      equityVariant: 'Incorporar a educadores de las escuelas más alejadas de las oportunidades y asegurar que sus voces den forma a la red.',
    },
    'local-champions': {
      name: 'Formar referentes locales',
      description: 'Formar a docentes líderes y a otras personas que defiendan la innovación allí donde trabajan.',
      equityVariant: 'Los referentes reflejan una variedad de personas y perspectivas, incluidas las de las comunidades a las que se sirve.',
    },
    'policy-network': {
      name: 'Crear una red de políticas o unirse a una',
      description: 'Trabajar con otros que intentan influir en las mismas políticas.',
      equityVariant: 'Aliarse con grupos que hablan en nombre de los estudiantes y las comunidades más alejados de las oportunidades.',
    },
    'shape-policy': {
      name: 'Influir en la política estatal y local',
      description: 'Buscar políticas, financiación y normas que apoyen la innovación.',
      equityVariant: 'Buscar políticas que dirijan más apoyo a los estudiantes más alejados de las oportunidades, no el mismo a todos.',
    },
    'educate-policymakers': {
      name: 'Informar a los responsables de políticas',
      description: 'Ayudar a los responsables de políticas a entender la innovación, su evidencia y sus necesidades.',
      equityVariant: 'Poner ante los responsables de políticas la experiencia y la evidencia de los estudiantes y las comunidades desatendidos.',
    },
  },
};

/** The factor review's four categories in Spanish, with their example factors and reflective questions. */
export const factorGuideEs: FactorGuideTranslation = {
  innovation: {
    name: 'La innovación',
    examples: ['Complejidad', 'Compatibilidad con la práctica existente', 'Observabilidad'],
    questions: ['¿Qué tiene la innovación que facilita o dificulta su adopción en las escuelas más alejadas de las oportunidades?', '¿Pueden los educadores verla funcionar antes de comprometerse con ella?'],
  },
  educators: {
    name: 'Los educadores',
    examples: ['Actitudes', 'Emociones', 'Personalidad y estilo', 'Características descriptivas'],
    questions: ['¿Cómo se sienten ante ella los educadores que deben ponerla en práctica, y por qué?', '¿Qué experiencias y trayectorias faltan entre quienes la adoptan?'],
  },
  team: {
    name: 'El equipo de mejora',
    examples: ['Estructuras y rutinas de colaboración', 'Mecanismos de comunicación', 'Cultura de toma de decisiones'],
    questions: ['¿Cómo decide el equipo, y a quién se escucha cuando lo hace?', '¿Mantienen las rutinas del equipo los fines de equidad a la vista?'],
  },
  context: {
    name: 'Las condiciones de la comunidad, el distrito y el estado',
    examples: ['Liderazgo', 'Competencia por la atención', 'Creencias y valores de la comunidad', 'Políticas', 'Cuestiones o acontecimientos de gran escala'],
    questions: ['¿Qué hay alrededor de las escuelas que impulsa el trabajo o lo frena?', '¿Qué voces de la comunidad apoyan el trabajo, y a cuáles no se ha consultado?'],
  },
};
