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

## letdown trash

cmd-trash-empty-list = La papelera está vacía: no hay ninguna sesión borrada esperando.
cmd-trash-list-title = En la papelera, la sesión más reciente primero:
cmd-trash-head-date = fecha
cmd-trash-head-length = duración
cmd-trash-list-hint = `letdown trash restore ID` recupera una; `letdown trash empty` las borra para siempre.
cmd-trash-restored = Recuperada la sesión de las { $at } del { $day }.
cmd-trash-not-there = no hay ninguna sesión con el id { $id } en la papelera; `letdown trash` muestra lo que hay
cmd-trash-present = ya hay una sesión con el id { $id } en la carpeta de datos ({ $path }); no se recuperó nada
cmd-trash-restore-unreadable = { $why }; se dejó en la papelera tal como está
cmd-trash-cannot-move = no se puede devolver a { $path }: { $why }; se queda en la papelera
cmd-trash-none-older = Nada en la papelera se borró hace más de { $days ->
    [one] 1 día
   *[other] { $days } días
}; no se borró nada.
cmd-trash-nothing-to-delete = La papelera está vacía: no hay nada que borrar.
cmd-trash-no-terminal = no se borra { $what } de la papelera sin preguntar, y no hay terminal donde preguntar; no se borró nada (añade --yes para borrarlas para siempre)
cmd-trash-ask = ¿Borrar { $what } de la papelera para siempre? [s/N]
cmd-yes-answers = s, sí, si, y, yes
cmd-trash-cannot-read-answer = no se puede leer la respuesta: { $why }
cmd-trash-nothing-deleted = No se borró nada.
cmd-trash-changed = { $count ->
    [one] 1 archivo cambió desde que se listó y se quedó en la papelera
   *[other] { $count } archivos cambiaron desde que se listaron y se quedaron en la papelera
}
cmd-trash-deleted = { $count ->
    [one] 1 sesión borrada
   *[other] { $count } sesiones borradas
} de la papelera para siempre.
cmd-trash-cannot-delete = no se { $count ->
    [one] pudo borrar 1 archivo
   *[other] pudieron borrar { $count } archivos
} de la papelera ({ $first }); se quedan ahí
cmd-trash-sessions-files = { $sessions ->
    [one] 1 sesión
   *[other] { $sessions } sesiones
} ({ $files ->
    [one] 1 archivo
   *[other] { $files } archivos
})
cmd-trash-one-unreadable = 1 archivo de la papelera no se pudo leer y se dejó tal como está ({ $path }: { $why })
cmd-trash-many-unreadable = { $count } archivos de la papelera no se pudieron leer y se dejaron tal como están

## letdown experiment

cmd-experiment-ended = Experimento { $name } terminado: las sesiones nuevas ya no sortean variante.
cmd-experiment-no-such-phase = ningún plan tiene una fase llamada `{ $phase }`; las fases son: { $phases }
cmd-experiment-started = Empieza el experimento { $name }: A es «{ $a }», B es «{ $b }», { $sessions } sesiones cada una.
cmd-experiment-draws = Cada sesión nueva sortea A o B (una de cada cada dos sesiones) y lo dice al empezar.
cmd-experiment-none = Aún no hay experimentos. `letdown experiment new NAME --a TEXT --b TEXT` empieza uno.
cmd-experiment-since = { $state }, desde el { $day }
cmd-experiment-title = Experimento { $name } ({ $state ->
    [running] en marcha
   *[ended] terminado
}): { $progress }
cmd-experiment-arm = { $arm }: { $text } ({ $sessions } sesiones)

## letdown sync

cmd-sync-bad-entry = --link { $entry }: ENTRY es el número de la entrada en Baby Buddy, como 12
cmd-sync-link-takes = --link lleva un id de sesión y un número de entrada
cmd-sync-waiting = { $who }: el motivo está arriba; aquí no se perdió nada
cmd-sync-would-send = se enviaría
cmd-sync-would-change = se cambiaría la entrada { $entry }:
cmd-sync-would-take = se tomaría la entrada { $entry }:
cmd-sync-not-sent = no se envía
cmd-sync-checking = comprobando el token y el bebé con Baby Buddy en { $url }…
cmd-sync-bar = { $bar } { $pos }/{ $len } sesiones a Baby Buddy

## letdown config

cmd-config-none-yet = aún no hay configuración ahí; se usan los valores de serie (`letdown config init` escribe una)
cmd-config-exists = { $path } ya existe y se dejó tal como está
cmd-cannot-write = no se puede escribir { $path }: { $why }
cmd-config-wrote = escrito { $path }
cmd-config-problems = { $count ->
    [one] 1 problema en la configuración, listado arriba; corrígelo y vuelve a ejecutar `letdown config check`
   *[other] { $count } problemas en la configuración, listados arriba; corrígelos y vuelve a ejecutar `letdown config check`
}
cmd-config-fine = configuración: { $path } está bien
cmd-config-defaults = configuración: no hay ninguna en { $path }; se usan los valores de serie
cmd-config-data-dir = carpeta de datos: { $path } ({ $count ->
    [one] 1 sesión
   *[other] { $count } sesiones
})
cmd-config-state-folder = carpeta de estado: { $path }
cmd-config-unreadable = { $count ->
    [one] 1 archivo de sesión no se pudo leer; se dejó tal como está:
   *[other] { $count } archivos de sesión no se pudieron leer; se dejaron tal como están:
}
cmd-config-unreadable-hint = letdown nunca cambia un archivo de sesión que no puede leer; corrige o mueve a mano los de arriba
cmd-config-misfiled = { $count ->
    [one] 1 archivo de sesión
   *[other] { $count } archivos de sesión
} en la carpeta de otro día, contados en su propio día y dejados tal como están:
cmd-config-belongs = empezó el { $day }; su sitio es sessions/{ $day }/
cmd-config-duplicates = { $copies } de sesiones ignoradas (gana el archivo con el nombre del id que lleva dentro, si no el modificado el último), dejadas tal como están:
cmd-config-copy-of = una copia de { $path }

## letdown report

cmd-report-wrote = informe de { $dates } escrito ({ $days ->
    [one] 1 día
   *[other] { $days } días
}, { $sessions ->
    [one] 1 sesión
   *[other] { $sessions } sesiones
}) en { $path }
cmd-report-too-long = un informe abarca como mucho { $max } días; del { $from } al { $to } son { $days }

## letdown sync: qué fue de cada sesión, y el resumen

cmd-sync-sent = enviada (entrada { $entry } de Baby Buddy)
cmd-sync-updated = cambiada en Baby Buddy (entrada { $entry })
cmd-sync-found = ya estaba en Baby Buddy (entrada { $entry }, por su marca); anotada como enviada
cmd-sync-changed-there = su entrada ({ $entry }) se cambió en Baby Buddy ({ $what }); se deja tal como está allí (`letdown sync --overwrite` vuelve a poner las cifras de esta sesión)
cmd-sync-replaced = la entrada { $entry } es ahora de esta sesión (era de la sesión { $of })
cmd-sync-linked = la entrada { $entry } es ahora de esta sesión
cmd-sync-refused = rechazada por Baby Buddy: { $why }
cmd-sync-gone = su entrada ({ $entry }) se borró en Baby Buddy; el cambio no se envió
cmd-sync-no-volume = aún sin volumen (Baby Buddy necesita una cantidad; añade una con `v` y vuelve a sincronizar)
cmd-sync-too-long = dura más de 24 horas, y Baby Buddy no lo acepta
cmd-sync-waiting-refused = Baby Buddy rechazó { $refused ->
    [one] 1 sesión
   *[other] { $refused } sesiones
}
cmd-sync-waiting-held = { $held ->
    [one] 1 sesión retenida
   *[other] { $held } sesiones retenidas
}
cmd-sync-waiting-both = Baby Buddy rechazó { $refused ->
    [one] 1 sesión
   *[other] { $refused } sesiones
} y { $held ->
    [one] 1 sesión quedó retenida
   *[other] { $held } sesiones quedaron retenidas
}
cmd-sync-done = { $count } { $kind ->
    [sent] enviadas
    [changed] cambiadas
    [found] que ya estaban allí
    [refused] rechazadas
    [held] retenidas
    [left] cambiadas en Baby Buddy, sin tocar
   *[deleted] borradas allí
}
cmd-sync-nothing-new = nada nuevo que enviar
cmd-sync-nothing-sent = no se envió nada
cmd-sync-left = { $count ->
    [one] 1 sesión
   *[other] { $count } sesiones
} para la próxima sincronización
cmd-sync-summary = Baby Buddy: { $parts }
cmd-sync-dry-run-summary = Baby Buddy, prueba (no se envió nada): { $parts }
cmd-sync-plan-send = se enviarían { $sessions ->
    [one] 1 sesión
   *[other] { $sessions } sesiones
}
cmd-sync-plan-change = se cambiarían { $entries ->
    [one] 1 entrada
   *[other] { $entries } entradas
}
cmd-sync-plan-both = se enviarían { $sessions ->
    [one] 1 sesión
   *[other] { $sessions } sesiones
} y se cambiarían { $entries ->
    [one] 1 entrada
   *[other] { $entries } entradas
}
cmd-sync-rest = { $count ->
    [one] 1 sesión
   *[other] { $count } sesiones
} { $kind ->
    [before] enviadas antes
    [deleted] borradas en Baby Buddy, no se envían de nuevo (`--resend ID` envía una)
    [no-volume] sin volumen, no enviadas
   *[too-long] de más de 24 horas, no enviadas
}
cmd-sync-book-unreadable = { $count ->
    [one] 1 archivo de la carpeta babybuddy de la carpeta de datos no se pudo leer como registro de una sesión enviada; se dejó tal como está
   *[other] { $count } archivos de la carpeta babybuddy de la carpeta de datos no se pudieron leer como registro de una sesión enviada; se dejaron tal como están
}
cmd-sync-no-api = Baby Buddy no tiene API de extracciones
cmd-sync-no-entry = Baby Buddy no tiene ninguna entrada { $entry } que tomar
cmd-sync-entry-taken = la entrada { $entry } es la entrada de letdown de la sesión { $other }; manda esa sesión a la papelera, o usa `letdown sync --replace`
cmd-sync-entry-ours = la entrada { $entry } de Baby Buddy ({ $span }), la entrada de letdown de la sesión { $session }
cmd-sync-entry-theirs = la entrada { $entry } de Baby Buddy ({ $span }), que letdown no envió
cmd-sync-overlaps-ours-replace = se solapa con { $entries }; manda una de las dos sesiones a la papelera y vuelve a sincronizar, o usa `letdown sync --replace` para que esa entrada sea de esta sesión
cmd-sync-overlaps-ours = se solapa con { $entries }; manda una de las dos sesiones a la papelera, o cambia sus horas, y vuelve a sincronizar
cmd-sync-overlaps = se solapa con { $entries }; cambia una de ellas y vuelve a sincronizar, o usa `letdown sync --link { $session } { $entry }` para tomar esa entrada como de esta sesión

## La sincronización automática de la app, en la línea de estado

cmd-sync-auto-off = la sincronización automática con Baby Buddy está apagada: { $why }
cmd-sync-auto-away = no se puede llegar a Baby Buddy; letdown lo vuelve a intentar solo mientras esté abierto
cmd-sync-auto-stopped = la sincronización con Baby Buddy se detuvo: { $why }
cmd-sync-auto-waiting = { $who }; `letdown sync` dice por qué
cmd-sync-auto-error = sincronización con Baby Buddy: { $why }
