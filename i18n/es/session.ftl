# session

## La pantalla de la sesión

# Antes del estímulo o la propuesta de la guía, como «Guía: » y sus palabras.
session-coach = Guía:
# Sobre el nombre de una fase de descanso: ahora no hace falta extraer.
session-rest = DESCANSO
session-paused = PAUSA
# $left es el tiempo que le queda a la fase, como 1:30.
session-phase-left = quedan { $left }
# Qué fase del plan es: $index de $count.
session-phase-of = ({ $index } de { $count })
# Bajo el reloj; $target es el objetivo de la sesión, $over el tiempo de más.
session-target-reached = objetivo { $target } ✓  +{ $over } de más
# Bajo el reloj; $left es lo que falta hasta $target.
session-target-to-go = objetivo { $target }  ·  faltan { $left }
# Antes del número de bajadas, como «Bajadas 3».
session-letdowns = Bajadas
# $time es cuánto tardó en llegar la primera bajada.
session-first-at = la primera a los { $time }
# $time es cuánto hace de la última bajada.
session-last-ago = la última hace { $time }
# session-first-at y session-last-ago en corto, donde las palabras largas no
# caben en la línea.
session-first-at-short = 1.ª { $time }
session-last-ago-short = última hace { $time }
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
session-resume-what = Empezó el { $day } a las { $started }: { $clock } en el reloj, { $count ->
    [one] { $count } bajada
   *[other] { $count } bajadas
}.
session-resume-kept = Cada bajada confirmada está guardada.
# En una terminal pequeña, en una línea: como session-resume-what.
session-resume-short = Interrumpida: { $started }, { $clock }, { $count ->
    [one] { $count } bajada
   *[other] { $count } bajadas
}
session-resume-resume = seguir (el tiempo fuera cuenta como pausa)
# $clock es el tiempo de su reloj, como 12:30.
session-resume-finish = terminarla a los { $clock }
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

## La línea de estado

# $key es la tecla de seguir.
session-status-not-running = no se anotó: no hay ninguna sesión en marcha; { $key } la retoma
session-status-discarded = se descartó la sesión

## Al abrir la pantalla

# $error dice qué letdown tiene el bloqueo de la sesión.
session-open-busy = { $error }; termínala allí primero (este letdown aún puede mostrar: `letdown log`)
# $key es la tecla de empezar.
session-open-lock-held = otra ventana de letdown tiene el bloqueo de la sesión; { $key } aquí empieza una sesión
session-open-day-only = { $error }; esta ventana solo muestra el día
# $error es el motivo, con las palabras del sistema.
session-open-terminal-failed = no se puede abrir la terminal: { $error }
session-restore-terminal-failed = no se puede restaurar la terminal: { $error }

## El ritmo de la respiración

session-breathe-in = inhala
session-breathe-out = exhala

## La fase de la foto

# En lugar de la foto: no hay ninguna configurada, aún no ha cargado, o no se puede leer.
session-photo-prompt = Mira una foto o un vídeo de tu bebé en el móvil, o huele algo que haya llevado puesto.
session-photo-not-prepared = no se pudo preparar la foto
# $error es el motivo, con las palabras de la biblioteca de la terminal.
session-photo-not-drawn = no se pudo dibujar la foto: { $error }
# $path es la foto de la configuración; $why es uno de los motivos de abajo.
session-photo-failed = La foto de { $path } no se puede mostrar: { $why }. Pon en `photo` de la configuración un archivo JPEG o PNG, o una carpeta con ellos.
session-photo-missing = no está ahí
session-photo-forbidden = letdown no tiene permiso para leerla
session-photo-unreadable = no es un JPEG o PNG que letdown pueda leer
# $path es el archivo, $width y $height su tamaño en píxeles.
session-photo-too-many-pixels = { $path } es demasiado grande para mostrarse ({ $width }×{ $height } píxeles)
session-photo-not-a-file = { $path } no es un archivo normal
# $megabytes es el tamaño del archivo.
session-photo-too-large = { $path } es demasiado grande para una foto ({ $megabytes } MB)
# $path es la carpeta de la configuración.
session-photo-none-in-folder = no hay ningún archivo JPEG o PNG en { $path }
