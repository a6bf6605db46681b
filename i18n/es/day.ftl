# day

## El título de la pantalla del día

# Un día entero; $weekday y $month son nombres, $day y $year números.
day-date-long = { $weekday } { $day } de { $month } de { $year }
# Un día en corto, en una terminal estrecha: «lun 23 nov».
day-date-short = { $weekday } { $day } { $month }
# $date es day-date-long o day-date-short.
day-title-today = Hoy, { $date }
day-title-yesterday = Ayer, { $date }

## Las sesiones del día

day-no-sessions = Ninguna sesión este día.
day-welcome = Hola. letdown te acompaña en cada sesión de extracción.
day-welcome-keys = Pulsa s para empezar una, y espacio en cada bajada.
# $folder es la carpeta de datos.
day-welcome-files = Las sesiones se guardan como archivos pequeños en { $folder }.
day-welcome-config = `letdown config init` escribe la configuración, para cambiar el plan o las teclas.
# Las cabeceras de la tabla; columnas estrechas: que sean cortas.
day-column-start = hora
day-column-length = duración
day-column-letdowns = bajadas
day-column-first = 1.ª
# $unit es ml u oz.
day-column-volumes = I/D/total { $unit }
day-column-comfort = confort
day-column-note = nota

## Las cifras del día

# $gap es el mayor tiempo entre dos sesiones, como 3h10m.
day-longest-gap = mayor espera { $gap }
day-night-session = una sesión de noche ✓
# $count sesiones y $minutes minutos de extracción en las últimas 24 horas.
day-last-24h = últimas 24 h: { $count ->
    [one] { $count } sesión
   *[other] { $count } sesiones
} · { $minutes } min
# Las etiquetas de las barras de objetivos: hasta 8 letras.
day-goal-sessions = Sesiones
day-goal-minutes = Minutos
# Lo que añaden las etiquetas cuando cuentan las últimas 24 horas.
day-goal-in-24h = en 24 h

## Preguntas sobre el día

day-which-plan = ¿Qué plan, esta vez?
day-delete-question = ¿Mover esta sesión a la papelera?
# $time es cuándo empezó la sesión.
day-delete-where = { $time }: va a la papelera, dentro de la carpeta de datos.

## La línea de estado sobre el día

# $state es cómo el día muestra una sesión que aún espera, como «aún sin guardar».
day-status-waits = esa sesión está { $state }; se podrá cambiar cuando letdown la haya guardado
# $undo es la tecla de deshacer.
day-status-deleted = movida a la papelera de la carpeta de datos; { $undo } la recupera
# Como day-status-deleted; $entry es la entrada de la sesión en Baby Buddy.
day-status-deleted-baby-buddy = movida a la papelera de la carpeta de datos; { $undo } la recupera; su entrada { $entry } de Baby Buddy sigue allí (bórrala allí también si sobra)
# $error es el motivo, con las palabras del sistema.
day-status-delete-failed = no se pudo mover a la papelera: { $error }
day-status-nothing-to-undo = nada que deshacer aquí; las sesiones borradas esperan en `letdown trash`
# $time es cuándo empezó la sesión.
day-status-back-already = la sesión de las { $time } ya estaba de vuelta
day-status-brought-back = recuperada la sesión de las { $time }
# $why es uno de los tres day-status-restore-… de abajo.
day-status-restore-failed = no se pudo recuperar: { $why }
day-status-restore-gone = su archivo ya no está en la papelera
day-status-restore-present = ya hay una sesión con su id en la carpeta de datos; se queda en la papelera
day-status-restore-other = { $error }; no se pierde nada, se queda en la papelera
