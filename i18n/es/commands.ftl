# commands

## letdown log

cmd-log-no-sessions = Aún no hay sesiones.
cmd-log-head-start = inicio
cmd-log-head-duration = duración
cmd-log-head-letdowns = bajadas
cmd-log-head-first = primera
cmd-log-head-volume = volumen I/D/total { $unit }
cmd-log-head-comfort = comodidad
cmd-log-head-note = nota
cmd-log-longest-gap = mayor intervalo { $gap }
cmd-log-night-session = una sesión de noche (01:00–05:00)

## Cuentas que las frases toman como variable

cmd-sessions = { $count ->
    [one] 1 sesión
   *[other] { $count } sesiones
}
cmd-letdowns = { $count ->
    [one] 1 bajada
   *[other] { $count } bajadas
}
cmd-days = { $count ->
    [one] 1 día
   *[other] { $count } días
}
cmd-files = { $count ->
    [one] 1 archivo
   *[other] { $count } archivos
}

## letdown stats

cmd-stats-no-sessions = No hay sesiones en estos días.
cmd-stats-by-plan = Por plan:
cmd-stats-plan-figures = { $sessions ->
    [one] 1 sesión
   *[other] { $sessions } sesiones
} · { $pumping } de extracción · { $letdowns ->
    [one] 1 bajada
   *[other] { $letdowns } bajadas
}
cmd-stats-head-day = día
cmd-stats-head-sessions = sesiones
cmd-stats-head-pumping = extracción
cmd-stats-head-letdowns = bajadas
cmd-stats-head-volume = volumen
cmd-stats-total = total
cmd-stats-last-24h = Últimas 24 horas: { $figures }
cmd-stats-pattern = Tu patrón ({ $sessions ->
    [one] 1 sesión
   *[other] { $sessions } sesiones
}, medianas):
cmd-stats-pattern-first = primera bajada a los
cmd-stats-pattern-count = bajadas por sesión
cmd-stats-pattern-between = entre bajadas
cmd-stats-head-trigger = estímulo de la guía
cmd-stats-head-cue = señal del sacaleches
cmd-stats-head-shown = mostrado
cmd-stats-milk = Leche:
cmd-stats-sessions = Sesiones:
cmd-stats-by-time-of-day = Por momento del día:
cmd-stats-by-setup = Por equipo ({ $note })

## Rechazos que cualquier orden puede dar

cmd-no-such-plan = no hay ningún plan llamado `{ $name }`; los planes son: { $plans }
cmd-needs-terminal = la pantalla de letdown necesita una terminal; para imprimir, prueba `letdown log` o `letdown --help`
cmd-from-after-to = --from { $from } es posterior a --to { $to }
cmd-no-such-file = no existe ese archivo

## letdown add

cmd-add-bad-input = { $why }; no se añadió nada
cmd-add-overlaps = se solapa con la sesión de las { $at } ({ $length }); no se añadió nada (--force la añade de todos modos)
cmd-add-cannot-save = no se puede guardar la sesión: { $why }; no se añadió nada
cmd-add-no-count = sin cuenta de bajadas
cmd-add-added = sesión del { $day } a las { $at } añadida ({ $length }, { $letdowns }), guardada en { $path }

## letdown tap, undo, pause, next, end

cmd-remote-stale = no hay ninguna sesión en marcha: letdown se cerró sin cerrar su socket
cmd-remote-no-session = no hay ninguna sesión en marcha
cmd-remote-interrupted = { $first }; una sesión quedó interrumpida: abre letdown para retomarla
cmd-remote-unreachable = no se puede llegar a la sesión en marcha: { $why }
cmd-remote-not-listening = hay una sesión en marcha, pero no acepta órdenes de otras terminales; pulsa en su pantalla

## letdown export e import

cmd-exported = { $count ->
    [one] 1 sesión exportada
   *[other] { $count } sesiones exportadas
} a { $path }
cmd-import-cannot-read = no se puede leer: { $why }; no se importó nada
cmd-import-too-large = { $why }; exporta menos días a un archivo (--from, --to) e importa cada uno
cmd-import-not-utf8 = no es texto UTF-8
cmd-import-bad-file = { $why }; no se importó nada
cmd-import-cannot-save = no se puede guardar { $path }: { $why }; { $imported } importadas antes (importar de nuevo se las salta)
cmd-imported = { $count ->
    [one] 1 sesión importada
   *[other] { $count } sesiones importadas
}, { $skipped } omitidas porque ya estaban

## letdown status (una línea corta para una barra de estado)

cmd-status-file-unreadable = no se puede leer el archivo de la sesión en marcha: { $why }
cmd-status-running = hay una sesión en marcha
cmd-status-interrupted = una sesión quedó interrumpida: abre letdown para retomarla
cmd-status-not-saved = la última sesión aún no está guardada; al abrir letdown se guardará
cmd-status-unreadable = no se puede leer el archivo de la sesión en marcha; al abrir letdown se apartará
cmd-status-session = { $state ->
    [paused] en pausa
    [resting] descansando
   *[pumping] extrayendo
} { $clock } · { $letdowns ->
    [one] 1 bajada
   *[other] { $letdowns } bajadas
}
cmd-status-none-lately = ninguna sesión en los últimos { $days } días
cmd-status-none-yet = aún no hay sesiones
cmd-status-unsaved = { $count ->
    [one] 1 sesión
   *[other] { $count } sesiones
} { $not_saved }
cmd-status-last-24h = 24 h: { $sessions } · { $pumping }
cmd-status-last-pumped = última extracción hace { $ago }
cmd-status-due-now = te toca ya
cmd-status-next-due = te toca a las { $at }
