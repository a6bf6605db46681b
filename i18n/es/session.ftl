# session

## La pantalla de la sesión

# Antes del estímulo o la propuesta de la guía, como «Guía: » y sus palabras.
session-coach = Guía:
# Sobre el nombre de una fase de descanso: ahora no hace falta extraer.
session-rest = DESCANSO
session-paused = EN PAUSA
# $left es el tiempo que le queda a la fase, como 1:30.
session-phase-left = quedan { $left }
# Qué fase del plan es: $index de $count.
session-phase-of = ({ $index } de { $count })
# Bajo el reloj; $target es el objetivo de la sesión, $over el tiempo de más.
session-target-reached = objetivo { $target } cumplido ✓  +{ $over } de más
# Bajo el reloj; $left es lo que falta hasta $target.
session-target-to-go = objetivo { $target }  ·  faltan { $left }
# Antes del número de bajadas, como «Bajadas 3».
session-letdowns = Bajadas
# $time es cuánto tardó en llegar la primera bajada.
session-first-at = la primera a los { $time }
# $time es cuánto hace de la última bajada.
session-last-ago = la última hace { $time }
# En el título; $time es la hora de inicio, como 07:14.
session-started = sesión desde las { $time }
# Bajo el número grande de bajadas.
session-count-label = { $count ->
    [one] bajada
   *[other] bajadas
}
session-letdown-count = { $count ->
    [one] { $count } bajada
   *[other] { $count } bajadas
}

## Salir de una sesión en marcha

session-leave-question = ¿Salir de esta sesión?
session-discard-question = ¿Descartar esta sesión?
session-discard-loses = Sus bajadas no se guardarán.
session-saving-failing = No se puede guardar: solo queda en la memoria.

## Una sesión interrumpida, al volver a abrir letdown

session-resume-title = Se interrumpió una sesión
# $day es el día en que empezó, $started su hora, $clock el tiempo de su
# reloj como 12:30, $count cuántas bajadas tiene.
session-resume-what = Empezó { $day } a las { $started }: { $clock } en el reloj, { $count ->
    [one] { $count } bajada
   *[other] { $count } bajadas
}.
session-resume-kept = Se guarda cada bajada que se confirmó.
# En una terminal pequeña, en una línea: como session-resume-what.
session-resume-short = Interrumpida: { $started }, { $clock }, { $count ->
    [one] { $count } bajada
   *[other] { $count } bajadas
}
session-resume-resume = seguir (el tiempo fuera cuenta como pausa)
# $clock es el tiempo de su reloj, como 12:30.
session-resume-finish = terminarla en { $clock }
session-resume-discard = descartarla
session-resume-later = luego: ver el día
session-resume-quit = salir de letdown
session-resume-discard-question = ¿Descartar la sesión interrumpida?
# Antes de lo que hace cerrar la pregunta, como «otra tecla  volver».
session-any-other-key = otra tecla

## Salir con sesiones aún sin guardar

session-unsaved-count = { $count ->
    [one] { $count } sesión aún no está guardada en la carpeta de datos.
   *[other] { $count } sesiones aún no están guardadas en la carpeta de datos.
}
# $folder es dónde se guardan hasta entonces.
session-unsaved-kept = A salvo en { $folder }; se guarda la próxima vez que abras letdown.
session-unsaved-in-memory = { $count ->
    [one] { $count } sesión está solo en la memoria: si sales ahora, se pierde.
   *[other] { $count } sesiones están solo en la memoria: si sales ahora, se pierden.
}

## La ayuda

# $screen es para qué son las teclas, como «la pantalla de la sesión».
session-help-title = Teclas en { $screen }
# $key es la tecla de la bajada.
session-help-close-session = Cualquier tecla cierra esto; { $key } también marca una bajada.
session-help-close = Cualquier tecla cierra esto.
session-help-config = Las teclas se cambian en [keys] de la configuración.
session-help-more = ↓ más
session-help-back = ↑ volver
# La última línea de la ayuda para ctrl-c, donde la pantalla tiene tecla de salir.
session-help-ctrl-c-quit = Igual que salir.
# La última línea de la ayuda para ctrl-c, donde no la tiene.
session-help-ctrl-c-back = Vuelve atrás, como cancelar.
