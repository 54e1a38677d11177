-- Growth: the platform-wide framework of teaching skills, each teacher's private self-assessment, dismissed
-- recommendations and the read model of who earned what (fed by the learning module's events).

create table growth_domain (
  code     varchar(40) primary key,
  position int not null,
  name_en  varchar(120) not null,
  name_es  varchar(120) not null
);

create table growth_skill (
  code           varchar(60) primary key,
  domain_code    varchar(40) not null references growth_domain (code),
  position       int not null,
  name_en        varchar(120) not null,
  name_es        varchar(120) not null,
  description_en varchar(400) not null,
  description_es varchar(400) not null
);

-- A catalog skill or topic (as issuers write it, compared in lower case) and the framework skill it belongs to.
create table growth_skill_mapping (
  catalog_skill varchar(200) not null,
  skill_code    varchar(60) not null references growth_skill (code),
  primary key (catalog_skill, skill_code)
);

create table growth_profile (
  teacher_id     uuid primary key,
  hours_per_week smallint check (hours_per_week between 1 and 40),
  grade_bands    text[] not null default '{}',
  subjects       text[] not null default '{}',
  interests      text[] not null default '{}',
  completed_at   timestamptz,
  skipped_at     timestamptz,
  updated_at     timestamptz not null default now()
);

create table growth_rating (
  teacher_id uuid not null,
  skill_code varchar(60) not null references growth_skill (code),
  confidence smallint not null check (confidence between 1 and 4),
  rated_at   timestamptz not null default now(),
  primary key (teacher_id, skill_code)
);

create table growth_dismissal (
  teacher_id    uuid not null,
  credential_id uuid not null,
  dismissed_at  timestamptz not null default now(),
  primary key (teacher_id, credential_id)
);

create table growth_earner (
  teacher_id    uuid not null,
  credential_id uuid not null,
  earned_at     timestamptz not null,
  primary key (teacher_id, credential_id)
);
create index growth_earner_credential_idx on growth_earner (credential_id);

-- One-time backfill of what was earned before this module existed; events keep it current from now on.
insert into growth_earner (teacher_id, credential_id, earned_at)
select teacher_id, credential_id, max(passed_at) from enrollment
where status = 'PASSED' and passed_at is not null group by teacher_id, credential_id
on conflict do nothing;

insert into growth_domain (code, position, name_en, name_es) values
  ('planning', 1, 'Planning for learning', 'Planificación del aprendizaje'),
  ('environment', 2, 'Learning environment', 'Ambiente de aprendizaje'),
  ('instruction', 3, 'Instruction', 'Enseñanza'),
  ('assessment', 4, 'Assessment', 'Evaluación'),
  ('practice', 5, 'Professional practice', 'Práctica profesional');

insert into growth_skill (code, domain_code, position, name_en, name_es, description_en, description_es) values
  ('planning.goals', 'planning', 1, 'Clear learning goals', 'Metas de aprendizaje claras',
   'Plans units and lessons around goals and success criteria students understand.',
   'Planifica unidades y clases en torno a metas y criterios de logro que el alumnado entiende.'),
  ('planning.differentiation', 'planning', 2, 'Planning for every learner', 'Planificar para cada estudiante',
   'Designs tasks at several levels of support so every student can reach the goal.',
   'Diseña tareas con distintos niveles de apoyo para que cada estudiante alcance la meta.'),
  ('planning.projects', 'planning', 3, 'Project and problem design', 'Diseño de proyectos y problemas',
   'Designs projects and open problems that ask students to create and iterate.',
   'Diseña proyectos y problemas abiertos en los que el alumnado crea y mejora sus ideas.'),
  ('planning.technology', 'planning', 4, 'Planning with digital tools', 'Planificar con herramientas digitales',
   'Chooses digital tools that serve the learning goal and are accessible to all.',
   'Elige herramientas digitales que sirven a la meta de aprendizaje y son accesibles para todos.'),
  ('environment.routines', 'environment', 1, 'Routines and behavior', 'Rutinas y conducta',
   'Teaches routines and supports positive behavior so class time goes to learning.',
   'Enseña rutinas y apoya la conducta positiva para que el tiempo de clase sea de aprendizaje.'),
  ('environment.relationships', 'environment', 2, 'Relationships and well-being', 'Relaciones y bienestar',
   'Builds a caring climate and teaches social and emotional skills.',
   'Crea un clima de cuidado y enseña habilidades sociales y emocionales.'),
  ('environment.equity', 'environment', 3, 'Equity and inclusion', 'Equidad e inclusión',
   'Holds high expectations for every student and removes barriers to taking part.',
   'Mantiene altas expectativas para cada estudiante y elimina barreras para participar.'),
  ('environment.collaboration', 'environment', 4, 'Student collaboration', 'Colaboración entre estudiantes',
   'Structures group work so every student contributes and learns from peers.',
   'Estructura el trabajo en grupo para que cada estudiante aporte y aprenda de sus pares.'),
  ('instruction.questioning', 'instruction', 1, 'Questioning and discussion', 'Preguntas y diálogo',
   'Asks questions and leads discussions that make students think and explain.',
   'Formula preguntas y guía diálogos que hacen pensar y explicar al alumnado.'),
  ('instruction.language', 'instruction', 2, 'Language and scaffolding', 'Lenguaje y andamiaje',
   'Supports multilingual learners with academic language and scaffolds.',
   'Apoya al alumnado multilingüe con lenguaje académico y andamiajes.'),
  ('instruction.computing', 'instruction', 3, 'Teaching computing', 'Enseñar computación',
   'Teaches coding and computational thinking step by step.',
   'Enseña programación y pensamiento computacional paso a paso.'),
  ('instruction.engagement', 'instruction', 4, 'Active learning', 'Aprendizaje activo',
   'Keeps students actively engaged in solving problems and making things.',
   'Mantiene al alumnado implicado de forma activa en resolver problemas y crear.'),
  ('assessment.formative', 'assessment', 1, 'Formative assessment', 'Evaluación formativa',
   'Checks for understanding during learning and adjusts teaching.',
   'Comprueba la comprensión durante el aprendizaje y ajusta la enseñanza.'),
  ('assessment.feedback', 'assessment', 2, 'Feedback for learning', 'Retroalimentación para aprender',
   'Gives timely, specific feedback that students act on.',
   'Da retroalimentación oportuna y concreta que el alumnado utiliza.'),
  ('assessment.data', 'assessment', 3, 'Using data to decide', 'Usar datos para decidir',
   'Reads student data with colleagues and decides what to teach next.',
   'Analiza datos del alumnado con colegas y decide qué enseñar después.'),
  ('practice.reflection', 'practice', 1, 'Reflective practice', 'Práctica reflexiva',
   'Looks at their own teaching with evidence and sets goals to improve.',
   'Examina su propia enseñanza con evidencias y se fija metas de mejora.'),
  ('practice.coaching', 'practice', 2, 'Mentoring and coaching', 'Mentoría y acompañamiento',
   'Supports colleagues through observation, feedback and coaching conversations.',
   'Acompaña a colegas mediante observación, retroalimentación y conversaciones de mentoría.'),
  ('practice.families', 'practice', 3, 'Family partnerships', 'Alianzas con las familias',
   'Communicates with families and involves them in their children''s learning.',
   'Se comunica con las familias y las implica en el aprendizaje de sus hijos.'),
  ('practice.digital', 'practice', 4, 'Digital competence', 'Competencia digital',
   'Uses technology confidently and safely in their professional work.',
   'Usa la tecnología con confianza y seguridad en su trabajo profesional.');

-- The demo catalog's skills and topics (and the usual words for them) mapped to the framework.
insert into growth_skill_mapping (catalog_skill, skill_code) values
  ('classroom management', 'environment.routines'), ('routines', 'environment.routines'),
  ('positive behaviour support', 'environment.routines'), ('behaviour-specific praise', 'environment.routines'),
  ('engagement', 'instruction.engagement'),
  ('computer science', 'instruction.computing'), ('coding', 'instruction.computing'),
  ('computational thinking', 'instruction.computing'), ('primm', 'instruction.computing'),
  ('debugging', 'instruction.computing'), ('pair programming', 'environment.collaboration'),
  ('data-informed instruction', 'assessment.data'), ('data literacy', 'assessment.data'),
  ('assessment', 'assessment.formative'), ('collaborative inquiry', 'assessment.data'),
  ('instructional decision making', 'assessment.data'),
  ('design thinking', 'planning.projects'), ('project-based learning', 'planning.projects'),
  ('problem solving', 'instruction.engagement'), ('prototyping', 'planning.projects'),
  ('creativity', 'planning.projects'),
  ('differentiated instruction', 'planning.differentiation'), ('differentiation', 'planning.differentiation'),
  ('flexible grouping', 'planning.differentiation'), ('tiered tasks', 'planning.differentiation'),
  ('inclusive teaching', 'environment.equity'),
  ('digital tools', 'planning.technology'), ('educational technology', 'planning.technology'),
  ('tpack', 'planning.technology'), ('digital competence', 'practice.digital'),
  ('accessibility', 'environment.equity'),
  ('english learners', 'instruction.language'), ('multilingual learners', 'instruction.language'),
  ('siop', 'instruction.language'), ('academic language', 'instruction.language'),
  ('sheltered instruction', 'instruction.language'), ('scaffolding', 'instruction.language'),
  ('equity', 'environment.equity'), ('inclusion', 'environment.equity'),
  ('universal design for learning', 'planning.differentiation'),
  ('culturally responsive teaching', 'environment.equity'), ('high expectations', 'environment.equity'),
  ('family engagement', 'practice.families'), ('family partnerships', 'practice.families'),
  ('communication', 'practice.families'), ('home-school connection', 'practice.families'),
  ('formative assessment', 'assessment.formative'), ('feedback', 'assessment.feedback'),
  ('checking for understanding', 'assessment.formative'), ('success criteria', 'planning.goals'),
  ('assessment for learning', 'assessment.formative'),
  ('coaching', 'practice.coaching'), ('mentoring', 'practice.coaching'),
  ('instructional coaching', 'practice.coaching'), ('teacher induction', 'practice.coaching'),
  ('reflective practice', 'practice.reflection'),
  ('questioning', 'instruction.questioning'), ('classroom discussion', 'instruction.questioning'),
  ('dialogic teaching', 'instruction.questioning'), ('higher-order thinking', 'instruction.questioning'),
  ('talk moves', 'instruction.questioning'),
  ('social-emotional learning', 'environment.relationships'), ('sel', 'environment.relationships'),
  ('classroom climate', 'environment.relationships'), ('self-regulation', 'environment.relationships'),
  ('relationship skills', 'environment.relationships'),
  ('student collaboration', 'environment.collaboration'), ('cooperative learning', 'environment.collaboration'),
  ('group work', 'environment.collaboration'), ('academic discourse', 'instruction.questioning'),
  ('teamwork', 'environment.collaboration'),
  ('learning goals', 'planning.goals'), ('lesson planning', 'planning.goals');
