# Las palabras del tema y de la compilación de leadfolio, en español.

## Todas las páginas

skip-to-content = Ir al contenido
# Between a label and what it labels: French puts a no-break space before it.
colon = {":"}
menu = Menú
nav-home = Inicio
nav-evidence = Evidencias
nav-matrix = Matriz de evidencias
nav-impact = Resultados
nav-plan = Plan
nav-testimonials = Testimonios
nav-about = Acerca de
nav-panel = Dosier para el comité
nav-main = Navegación principal
breadcrumb = Ruta de navegación
seeking-role = aspira a { $role }
draft-build = Versión preliminar.
draft-build-warning = Este sitio incluye borradores sin publicar; no lo comparta.
draft-build-label = Versión preliminar
showcase = Escaparate
footer-framework = Evidencias vinculadas al marco { $framework }
footer-privacy = Los datos sobre menos personas que el umbral de privacidad no se muestran. Los testimonios se publican con el consentimiento de sus autores.
page-not-found = Página no encontrada
not-found-text = Esta página no forma parte del portafolio. Puede que se haya movido o que la dirección tenga un error.
go-home = Ir a la página de inicio
browse-evidence = Ver todas las evidencias
previous = Anterior
next = Siguiente
draft = Borrador
gap = Vacío
competencies = Competencias
pieces-of-evidence = { $count ->
    [one] { $count } evidencia
   *[other] { $count } evidencias
  }
all-pieces-of-evidence = { $count ->
    [one] La evidencia
   *[other] Las { $count } evidencias
  }
no-evidence-yet = Todavía no se ha publicado ninguna evidencia.
download-pdf-pages = PDF, { $count ->
    [one] { $count } página
   *[other] { $count } páginas
  }

## Inicio

portrait-of = Retrato de { $name }
seeking = Aspira a:
credentials-label = Titulaciones:
contact = Contacto
read-panel-pack = Leer el dosier para el comité en línea
see-matrix = Ver la matriz de evidencias
download-panel-pack = Descargar el dosier para el comité
download-cv = Descargar el currículum
introduction = Presentación
impact-at-a-glance = Resultados de un vistazo
featured-evidence = Evidencias destacadas
what-happens-next = Próximos pasos
plan-summary = { plan-kind }, { $count ->
    [one] { $count } objetivo
   *[other] { $count } objetivos
  }
# A plan's kind inside a sentence.
plan-kind = { $kind ->
    [entry] plan de incorporación
   *[development] plan de desarrollo profesional
  }
what-colleagues-say = Lo que dicen los colegas
all-testimonials = { $count ->
    [one] El testimonio
   *[other] Los { $count } testimonios
  }
standards-coverage = Cobertura de los estándares
coverage-sentence = Evidencias de { $covered } de las { $total } competencias del marco { $framework }.
coverage-sentence-evidenced = { $covered ->
    [one] Evidencias de { $covered } competencia del marco { $framework }.
   *[other] Evidencias de { $covered } competencias del marco { $framework }.
  }
open-matrix = Abrir la matriz de evidencias

## Evidencias

evidence-lede = { $count ->
    [one] { $count } evidencia, vinculada a las competencias que demuestra.
   *[other] { $count } evidencias, cada una vinculada a las competencias que demuestra.
  }
evidence-number = E{ $number }
evidence-description = Todas las evidencias del portafolio de { $name }.
draft-note = Esto es un borrador: no forma parte del portafolio publicado.
when = Cuándo
my-role = Mi función
tags = Etiquetas
standards-shown = Competencias que demuestra esta evidencia
the-numbers = Los datos
reflection = Reflexión y próximos pasos
attachments = Archivos adjuntos
more-evidence = Más evidencias
period-to = { $from } – { $to }
period-present = { $from } – actualidad
present = actualidad
task-done = Hecho:
task-to-do = Pendiente:
about-prefix = Sobre:

## Datos

no-published-value = Ningún valor publicado
every-value-is = cada valor está { $note }
suppressed-note = oculto (n < { $min })
withheld-note = retenido para proteger a un grupo pequeño
withheld-short = retenido
# A bar not drawn, on a chart's axis: its group had fewer than $min people.
suppressed-short = n < { $min }
values-suppressed = { $count ->
    [one] { $count } valor oculto (n < { $min })
   *[other] { $count } valores ocultos (n < { $min })
  }
open-chart-image = Abrir el gráfico como imagen
baseline = Punto de partida
target = Meta
direction = Sentido
higher-is-better = Cuanto más alto, mejor
lower-is-better = Cuanto más bajo, mejor
source = Fuente
privacy = Privacidad
used-by = Evidencias:
data-table = Tabla de datos: { $title }
more-rows = { $count ->
    [one] { $count } fila más: todos los valores están en el archivo CSV de abajo
   *[other] { $count } filas más: todos los valores están en el archivo CSV de abajo
  }
download-csv = Descargar todos los valores en CSV
csv-rows = { $count ->
    [one] { $count } fila
   *[other] { $count } filas
  }
no-data = sin datos
table-date = Fecha
table-group = Grupo
improved = mejora
worsened = empeora
no-change = sin cambios
change-none = Sin cambios
change-percentage-points = { $value } puntos porcentuales
target-met = Meta { $target }: alcanzada
target-not-met = Meta { $target }: aún no alcanzada
from-to = de { $from } a { $to }
# A metric's change inside a sentence: "+8 points, from 48 to 56".
change-phrase = { $change }, { $fromto }
a-colleague = Un colega

## Gráficos, para lectores de pantalla y la imagen del gráfico

chart-line = Gráfico de líneas: { $title }.
chart-bar = Gráfico de barras: { $title }.
chart-before-after = Gráfico de antes y después: { $title }.
chart-series-range = { $series }: { $first } en { $from }, { $last } en { $to }.
chart-series-one = { $series }: { $value } en { $at }.
chart-series-none = { $series }: ningún valor publicado.
chart-change = { $against ->
    [baseline] Cambio respecto al punto de partida
   *[first] Cambio desde el primer valor
  }: { $change }{ $verdict ->
    [improved] , una mejora
    [worsened] , un retroceso
   *[none] {""}
  }.
chart-target-sentence = { $target }.
chart-alt = { $title }. { $words }
chart-zoomed = El eje de valores empieza en { $from }, no en cero, así que los cambios parecen mayores que en una escala completa.
chart-grouped = Sus { $categories } categorías se dibujan como { $bars } barras, cada una el promedio de hasta { $per } categorías seguidas; la tabla y el archivo CSV tienen cada valor.
chart-withheld = { $count ->
    [one] { $count } valor está retenido para proteger a un grupo pequeño.
   *[other] { $count } valores están retenidos para proteger a un grupo pequeño.
  }
chart-suppressed = { $count ->
    [one] { $count } valor está oculto porque resume a menos de { $min } personas.
   *[other] { $count } valores están ocultos porque resumen a menos de { $min } personas.
  }
chart-baseline = Partida
chart-target = Meta

## Resultados, matriz, competencias, testimonios, acerca de

impact-lede = Lo que cambió, respecto a cada punto de partida y cada meta, con los datos detrás de cada cifra.
impact-description = Lo que cambió, en cifras, respecto a los puntos de partida y las metas.
metrics-on-page = Indicadores en esta página
no-metrics = Todavía no se ha publicado ningún indicador.
matrix-description = Evidencias vinculadas al marco { $framework }.
matrix-lede = { $framework }: evidencias de { $covered } de las { $total } competencias.
matrix-lede-gaps = { $framework }: evidencias de { $covered } de las { $total } competencias; { $gaps } todavía sin evidencias.
matrix-lede-evidenced = { $covered ->
    [one] { $framework }: la competencia con evidencias.
   *[other] { $framework }: las { $covered } competencias con evidencias.
  }
framework-source = Marco: { $source }. Las descripciones son resúmenes con nuestras propias palabras.
no-evidence-for-it = todavía sin evidencias
matrix-legend-hit = la evidencia de esta columna demuestra la competencia de esta fila
matrix-legend-gap = una competencia todavía sin evidencias (su fila está sombreada)
matrix-legend-plan = cuántos objetivos del plan apuntan a la competencia
matrix-scroll-cue = Desplace la tabla hacia el lado para ver todas las evidencias →
evidence-matrix = Matriz de evidencias
matrix-caption = Matriz de evidencias: competencias y evidencias
competency = Competencia
pieces = Evidencias
plan-column = Plan
goals-in-plan = { $count ->
    [one] objetivo en el plan
   *[other] objetivos en el plan
  }
no-goal = ningún objetivo
yes = sí
no = no
evidence-in-full = Las evidencias completas:
no-competency-evidence = Todavía ninguna evidencia publicada demuestra esta competencia.
in-the-plan = En el plan
other-competencies = Otras competencias
testimonials-lede = Con las palabras de los colegas, publicadas con su consentimiento por escrito.
testimonials-description = Lo que dicen los colegas sobre el trabajo de { $name }.
no-testimonials = Todavía no se ha publicado ningún testimonio.
about-title = Acerca de { $name }
about-description = { $name }: trayectoria, titulaciones y contacto.
career = Trayectoria profesional
credentials = Titulaciones
email = Correo electrónico:
contact-on-request = Datos de contacto disponibles a petición.

## Página y dosier para el comité

panel-title = Dosier para el comité: { $name }
panel-description = Un resumen listo para imprimir de las evidencias de liderazgo de { $name }.
panel-kicker = Portafolio de liderazgo · dosier para el comité
applying-for = Candidatura a:
pack-hint = El PDF está compuesto para imprimir y para los portales de candidatura; esta página también se imprime.
print-hint = Para imprimir o guardar como PDF, use la orden Imprimir del navegador; esta página está preparada para papel.
summary = Resumen
stat-evidence = { $count ->
    [one] evidencia
   *[other] evidencias
  }
stat-competencies = { $count ->
    [one] competencia demostrada
   *[other] competencias demostradas
  }
stat-metrics = { $count ->
    [one] resultado medido
   *[other] resultados medidos
  }
stat-testimonials = { $count ->
    [one] testimonio
   *[other] testimonios
  }
headline-figures = Cifras clave
headline-figures-table = Tabla de cifras clave
headline-figures-caption = El cambio de cada indicador respecto a su punto de partida y su meta
measure = Indicador
change = Cambio
no-target = Sin meta
evidence-against = Evidencias según el marco { $framework }
target-state-met = { $target }: alcanzada
target-state-not-met = { $target }: aún no alcanzada
pack-footer = { $name } · Dosier para el comité
pack-continued = Esta pieza sigue más allá de lo que imprime el dosier: continúa en el sitio.
pack-page = Página { $page } de { $total }
pack-draft = Borrador: no apto para presentar
pack-photo = Foto de { $name }
standards-at-a-glance = Los estándares de un vistazo
on-the-site = En el sitio
shows = Demuestra:
standards = Competencias:
builds-on = Se basa en:
matrix-pack-note = Competencias del marco { $framework } en filas, evidencias en columnas: ● marca una evidencia que demuestra una competencia; las filas sombreadas todavía no tienen evidencias. Las marcas y los números de la clave de las evidencias destacadas enlazan con ellas en este dosier.
matrix-pack-note-evidenced = Las competencias del marco { $framework } con evidencias en filas, las evidencias en columnas: ● marca una evidencia que muestra una competencia. Las marcas y los números de las evidencias destacadas enlazan con ellas en este dossier.
more-from-colleagues = Más testimonios de colegas
pack-lead = La evidencia principal
pack-next-step = Próximo paso
pack-next-phase = { $phase } ({ $when })
pack-key-on-site = en el sitio
pack-value = Valor
more-testimonials = { $count ->
    [one] Hay { $count } testimonio más en el sitio.
   *[other] Hay { $count } testimonios más en el sitio.
  }
career-and-credentials = Trayectoria y titulaciones
more-rows-on-site = { $count ->
    [one] { $count } fila más en el sitio
   *[other] { $count } filas más en el sitio
  }
## El plan

plan-entry = Plan de incorporación
plan-development = Plan de desarrollo profesional
status-planned = Previsto
status-under-way = En curso
status-done = Logrado
day-one-is = el día 1 es el { $date }
plan-phases = Fases del plan
goals = { $count ->
    [one] { $count } objetivo
   *[other] { $count } objetivos
  }
no-goals-yet = Todavía no hay objetivos.
measures = Indicadores
measure-none = ningún valor publicado
measure-now = ahora { $value }
measure-aim = meta { $value }
measure-aim-by = meta { $value } para { $date }
measure-stands-aims = { $stands }; { $aims }
measure-line = { $title }{ colon } { $sentence }
measure-line-to-go = { $title }{ colon } { $sentence } ({ $togo })
aim-reached = meta alcanzada
to-go = faltan { $change }
days = Días { $from }–{ $to }
day = Día { $day }
what-happens-next-plan = Próximos pasos: { $title }

## Escaparate

leaders = Líderes
browse-standards = Competencias
roles = Funciones
showcase-leaders = { $count ->
    [one] { $count } portafolio de liderazgo
   *[other] { $count } portafolios de liderazgo
  }
showcase-lede = { $organisation }: { $count ->
    [one] { $count } portafolio de liderazgo, con sus evidencias vinculadas a estándares de liderazgo.
   *[other] { $count } portafolios de liderazgo, cada uno con sus evidencias vinculadas a estándares de liderazgo.
  }
showcase-description = { $count ->
    [one] El portafolio de { $count } líder, vinculado a estándares de liderazgo.
   *[other] Los portafolios de { $count } líderes, vinculados a estándares de liderazgo.
  }
showcase-privacy = Los datos sobre menos personas que el umbral de privacidad de cada portafolio no se muestran. Los testimonios se publican con el consentimiento de sus autores.
showcase-not-found = Esta página no forma parte del escaparate. Puede que se haya movido o que la dirección tenga un error.
every-leader = Ver los portafolios de todos los líderes
filter-standard = Competencia
filter-any-standard = Cualquier competencia
filter-role = Función
filter-any-role = Cualquier función
filter-plan = Solo líderes con un plan
leaders-shown = { $count ->
    [one] Se muestra { $count } líder
   *[other] Se muestran { $count } líderes
  }
browse-by-standard = Explorar por competencia
browse-by-role = Explorar por función
leaders-with-plan = Líderes con un plan
leader-count = { $count ->
    [one] { $count } líder
   *[other] { $count } líderes
  }
no-leader-yet = todavía ningún líder
evidence-from-leaders = { $count ->
    [one] Evidencias de { $count } líder.
   *[other] Evidencias de { $count } líderes.
  }
no-leader-evidence = Ningún líder que usa el marco { $framework } ha publicado todavía evidencias de esta competencia.
leaders-in-role = { $count ->
    [one] { $count } líder en esta función.
   *[other] { $count } líderes en esta función.
  }
competencies-with-evidence = Competencias con evidencias
leader-seeking = Aspira a: { $role }

## La vista previa

preview-failed = El último guardado no se pudo compilar; esta es la última versión correcta. Corrija el problema y vuelva a guardar.

## Números

percent = { $value } %
# A value and a unit that is a word (`8 points`, `1,200 students`).
value-with-unit = { $value } { $unit }

## Las palabras propias del dosier

pack-change-column = Cambio (partida → último valor)
pack-matrix-plan = ○ cuenta los objetivos del plan que apuntan a una competencia.
pack-matrix-left-out = { $count ->
    [one] La otra evidencia está en la matriz del sitio.
   *[other] Las otras { $count } evidencias están en la matriz del sitio.
  }
key = Clave

## Búsqueda
search = Buscar
search-this-portfolio = Buscar en este portafolio
search-showcase = Buscar en las evidencias de todos los líderes
search-for = Buscar
search-page-lede = Busque en las evidencias: títulos, resúmenes, relatos, cifras y testimonios.
search-page-lede-showcase = Busque en las evidencias de todos los líderes: títulos, resúmenes, relatos, cifras y testimonios.
search-leader = Líder
search-any-leader = Cualquier líder
search-found = { $count ->
    [one] { $shown } evidencia encontrada
    [many] { $shown } de evidencias encontradas
   *[other] { $shown } evidencias encontradas
  }
search-nothing = Nada coincide. Pruebe otra palabra, o menos filtros.
search-more = Mostrar más resultados
search-needs-script = La búsqueda necesita JavaScript, que está desactivado en este navegador.
search-needs-server = La búsqueda funciona cuando un servidor web sirve el sitio (por ejemplo, leadfolio serve), no cuando se abre desde una carpeta.
search-failed = La búsqueda no pudo cargar su índice.
search-browse-evidence = Ver todas las evidencias
search-browse-leaders = Ver todos los líderes

## Una lista larga de líderes, página a página
leader-pages = Páginas de líderes
leader-pages-end = Páginas de líderes, después de la lista
leaders-page = Líderes, página { $page } de { $pages }
leaders-range = { $count ->
    [one] Líder { $from } de { $count }
   *[other] Líderes { $from }–{ $to } de { $count }
  }
