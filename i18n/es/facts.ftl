# facts: cómo se lee cada cifra, en todas las caras.

## Duraciones: cuánto duró algo, nunca como una hora del reloj. $hours,
## $minutes y $seconds llegan como texto (minutos y segundos tras una unidad
## mayor ya con dos cifras).

# 45s
facts-length-seconds = { $seconds }s
# 12m
facts-length-minutes = { $minutes }m
# 7m13s
facts-length-minutes-seconds = { $minutes }m{ $seconds }s
# 1h05m
facts-length-hours = { $hours }h{ $minutes }m

# Una proporción en porcentaje entero: 66 %.
facts-share = { $percent }%

## Días. $weekday y $month son nombres ya en el idioma (cortos o largos
## según la forma), $day el día del mes, $year el año, $date una fecha
## escrita 2026-11-24.

# 24 nov
facts-date-day-month = { $day } { $month }
# lun 24
facts-date-weekday-day = { $weekday } { $day }
# lun 24 nov
facts-date-short = { $weekday } { $day } { $month }
# lun 24 nov 2026
facts-date-short-year = { $weekday } { $day } { $month } { $year }
# lunes 24 de noviembre
facts-date-long = { $weekday } { $day } de { $month }
# lunes 24 de noviembre de 2026
facts-date-long-year = { $weekday } { $day } de { $month } de { $year }
# lun 2026-11-24
facts-date-weekday-iso = { $weekday } { $date }
# Un intervalo de días; $from y $to son días como los de arriba.
facts-period = { $from } – { $to }
# Un tramo de tiempo de la sesión; $from y $to son duraciones.
facts-bin = de { $from } a { $to }
# El último tramo, abierto al final; $from es una duración.
facts-bin-last = { $from } o más

## Recuentos y cifras de un periodo.

# «3 de 12 sesiones siguieron…»; $long es cuántas siguieron, $sessions las
# sesiones contadas (con su nombre), $quiet una duración.
facts-went-on = { $long } de { $sessions } siguieron { $quiet } o más tras la última bajada
# $sessions y $letdowns son recuentos con su nombre, $pumping una duración.
facts-figures = { $sessions } · { $pumping } de extracción · { $letdowns }
# La marca de una sesión añadida a mano, en las tablas.
facts-by-hand = a mano
# Las bajadas de una sesión añadida a mano: «3 a mano».
facts-letdowns-by-hand = { $count } a mano

## Lo escrito que no se pudo leer; $text es lo que se escribió.

facts-not-a-volume = «{ $text }» no es un volumen; prueba con 40, 40ml o 1,5oz
# $most es lo más que cabe en una sesión, con su unidad.
facts-volume-below-zero = «{ $text }» es menos de 0; de 0 a { $most }
facts-volume-too-much = «{ $text }» es más de lo que cabe en una sesión; de 0 a { $most }
facts-not-a-time = «{ $text }» no es una hora; prueba con 07:10 o 7:10pm
facts-not-a-length = «{ $text }» no es una duración; prueba con 20 (minutos) o 1h05
facts-not-an-offset = «{ $text }» no es un momento de la sesión; prueba con 1:35
facts-not-a-count = «{ $text }» no es un número; prueba con 3
# $total y $sides son volúmenes con su unidad.
facts-total-not-sides = el total ({ $total }) no es izquierdo + derecho ({ $sides }); borra uno de los dos
# Una hora que el reloj se saltó; $time y $nearest son 07:10, $date 2026-03-29.
facts-time-skipped = Las { $time } del { $date } no existieron aquí: se adelantaron los relojes; la hora real más cercana es { $nearest }

## Avisos.

# Archivos que un listado no pudo leer; $count es cuántos.
facts-unreadable-short = { $count ->
    [one] { $count } archivo de sesión no se pudo leer
   *[other] { $count } archivos de sesión no se pudieron leer
}
facts-unreadable = { $count ->
    [one] { $count } archivo de sesión no se pudo leer y se dejó como estaba; `letdown config check` lo muestra
   *[other] { $count } archivos de sesión no se pudieron leer y se dejaron como estaban; `letdown config check` los muestra
}
# $ago es una duración: «La última sesión terminó hace 2h10m».
facts-since-last = La última sesión terminó hace { $ago }
# Lo que dice el recordatorio cuando te toca una sesión.
facts-due-now = te toca una sesión, cuando quieras
# $at es una hora del día.
facts-due-around = la próxima, hacia las { $at }

## Lo que aprendió la guía: frases tranquilas, nunca un aviso.

# Tras dos bajadas y un rato de calma; nunca una alarma.
facts-finish-line = Puedes terminar cuando quieras. Si la leche aún fluye, sigue.
# Antes de la primera bajada; $first es una duración, $sessions de cuántas sesiones aprendió.
facts-expect-first = Tu primera bajada suele llegar hacia los { $first } (según tus últimas { $sessions } sesiones).
# Tras una bajada; $count es el número habitual de bajadas, $gaps un intervalo de minutos (facts-gap-…).
facts-expect-next = { $count ->
    [one] Sueles tener { $count } bajada; la siguiente, a menudo en { $gaps }.
   *[other] Sueles tener { $count } bajadas; la siguiente, a menudo en { $gaps }.
}
facts-expect-count = { $count ->
    [one] Sueles tener { $count } bajada.
   *[other] Sueles tener { $count } bajadas.
}
# El intervalo habitual entre bajadas en minutos enteros.
facts-gap-about = unos { $minutes } min
facts-gap-range = { $low }–{ $high } min
facts-learn-fixed = La guía mantiene sus tiempos fijos (`[coach] learn = false`).
# Para las estadísticas y el historial; $plan es el id de un plan, $first,
# $gap y $finish son duraciones, $count las bajadas habituales, $sessions cuántas sesiones.
facts-learned-gap = La guía aprendió de tus últimas { $sessions } sesiones { $plan }: la primera bajada hacia los { $first }, normalmente { $count } bajadas, { $gap } entre ellas, el 90 % de ellas antes de { $finish }.
facts-learned = La guía aprendió de tus últimas { $sessions } sesiones { $plan }: la primera bajada hacia los { $first }, normalmente { $count } bajadas, el 90 % de ellas antes de { $finish }.
# $after es cuántas sesiones cronometradas necesita, $so_far cuántas hay.
facts-learns-after = La guía aprende tus tiempos tras { $after } sesiones { $plan } cronometradas ({ $so_far } hasta ahora).

## Las cifras de la guía. $window es una duración: el tiempo en el que una
## bajada cuenta como que siguió a un estímulo.

facts-no-triggers = La guía no mostró ningún estímulo en estos días.
facts-too-few = Aún hay pocas veces para saber qué estímulos ayudan; esto se irá llenando.
facts-no-cues = No se mostró ninguna señal del sacaleches en estos días.
facts-cues-note = Las señales de la guía para cambiar el sacaleches entre su modo de estimulación (bajada) y su modo de extracción. La señal de extracción llega con una bajada, así que su porcentaje dice poco.
facts-within = en { $window }
# La cabecera de la columna que cuenta las veces que siguió una bajada.
facts-followed-head = bajada en { $window }
facts-triggers-note = Con qué frecuencia siguió una bajada a cada estímulo en { $window }, el mejor primero.
# $trigger es el id de un estímulo, $share un porcentaje (66 %), $shown cuántas veces se mostró.
facts-best-line = una bajada siguió a { $trigger } el { $share } de las { $shown } veces

## El equipo de extracción y los lados.

facts-both-sides = los dos lados a la vez: no hay lado que cambiar
facts-switch-offer = Este lado lleva un rato tranquilo: el otro lado, cuando quieras.
facts-no-setup = sin equipo indicado
# El tamaño del embudo de un solo lado; $size en mm.
facts-flange-left = izquierdo { $size } mm
facts-flange-right = derecho { $size } mm
# $level es la succión como la indicó la usuaria: un número…
facts-suction-level = nivel { $level }
# …o la palabra del propio sacaleches.
facts-suction-word = succión { $level }
facts-sides-both = los dos
facts-side-left-only = solo el izquierdo
facts-side-right-only = solo el derecho
facts-sides-one-at-a-time = un lado cada vez
facts-method-pump = sacaleches
facts-method-hand = a mano
facts-method-pump-and-hand = sacaleches y a mano
# Un lado dentro de una frase.
facts-side-left = izquierdo
facts-side-right = derecho
# La línea de la pantalla de sesión para el lado de ahora.
facts-on-left-side = Lado izquierdo
facts-on-right-side = Lado derecho
# La línea de estado tras cambiar de lado.
facts-now-on-left = ahora en el lado izquierdo
facts-now-on-right = ahora en el lado derecho

## La leche a lo largo del tiempo.

# La marca de hoy, que aún no ha terminado.
facts-so-far = por ahora
facts-by-setup-note = Cifras de tus propias sesiones, una junto a otra; no son consejos.
facts-today-left-out = hoy, aún sin terminar, no cuenta en las medias
# El reparto izquierdo/derecho de un día; $left y $right son números, $unit ml u oz.
facts-split = I { $left } · D { $right } { $unit }
facts-no-change = sin cambios
# La semana frente a la anterior; con -to, $to es el último día contado; $average y $before son volúmenes al día, $change un cambio.
facts-week-line = 7 días: { $average } al día; los 7 anteriores: { $before } al día ({ $change })
facts-week-line-to = 7 días hasta el { $to }: { $average } al día; los 7 anteriores: { $before } al día ({ $change })
facts-week-line-alone = 7 días: { $average } al día; sin volumen los 7 días anteriores
facts-week-line-alone-to = 7 días hasta el { $to }: { $average } al día; sin volumen los 7 días anteriores
# Las partes del día.
facts-part-night = madrugada
facts-part-morning = mañana
facts-part-afternoon = tarde
facts-part-evening = noche
# Los volúmenes de una parte del día; $total y $average son volúmenes.
facts-part-volumes = { $total } · { $average } por sesión
# Por qué se dividen las cifras del equipo, como título.
facts-by-flange = Embudo
facts-by-suction = Succión
facts-by-pump = Sacaleches
facts-by-sides = Lados
# $letdowns es un decimal: bajadas por sesión.
facts-setup-letdowns = { $letdowns } bajadas
# $first es una duración: cuándo llegó la primera bajada.
facts-setup-first = primera a los { $first }
# Cómo se sintieron las sesiones; $tender y $painful son recuentos.
facts-comfort = { $tender } con molestias
facts-comfort-painful = { $tender } con molestias, { $painful } con dolor
# La edad del bebé en semanas enteras un día ($on).
facts-baby-age = { $weeks ->
    [one] { $weeks } semana de vida el { $on }
   *[other] { $weeks } semanas de vida el { $on }
}

## Experimentos: palabras sencillas sobre tus propias sesiones, nunca consejos.

facts-only-yours = Solo en tus sesiones: lo que te ayuda a ti, no un consejo. El intervalo es del 95 % (t de Welch).
# Cómo se llama cada medida.
facts-measure-letdowns = bajadas por sesión
facts-measure-first-letdown = tiempo hasta la primera bajada
facts-measure-volume = volumen por sesión
# Un experimento en una línea; $name es su nombre, $state en curso o
# terminado, $progress cuánto lleva, $verdict lo que dicen las bajadas.
facts-experiment-summary = Experimento { $name } ({ $state }, { $progress }): bajadas: { $verdict }
facts-experiment-running = en curso
facts-experiment-ended = terminado
# $done sesiones de las $planned.
facts-experiment-progress = { $done } de { $planned } sesiones
facts-verdict-not-enough = aún no hay sesiones suficientes ({ $done } de { $planned })
facts-verdict-too-few = muy pocas sesiones con esta cifra para saberlo
facts-verdict-unclear-so-far = de momento, ninguna diferencia clara
facts-verdict-unclear = ninguna diferencia clara
# $difference es uno de los facts-more-…, facts-fewer-…, facts-first-… de abajo.
facts-verdict-with-b = con B: { $difference }
# Una diferencia clara de B frente a A: $size es su tamaño, de $near a $far
# su intervalo (números, duraciones o volúmenes, según la medida).
facts-more-letdowns = { $size } bajadas más por sesión (de { $near } a { $far })
facts-fewer-letdowns = { $size } bajadas menos por sesión (de { $near } a { $far })
facts-first-later = la primera bajada { $size } más tarde (de { $near } a { $far })
facts-first-sooner = la primera bajada { $size } antes (de { $near } a { $far })
facts-more-volume = { $size } más por sesión (de { $near } a { $far })
facts-less-volume = { $size } menos por sesión (de { $near } a { $far })
# La condición de una sesión cuando no están sus palabras; $arm es A o B.
facts-experiment-arm = experimento { $name }, { $arm }
# La línea con la que empieza una sesión; $condition es lo que hace esta sesión.
facts-this-session = Esta sesión: { $condition }
# La línea de la pantalla del día; $a y $b son lo que hace cada variante.
facts-experiment-running-line = Experimento { $name }: { $progress } ({ $a } / { $b })
facts-experiment-left-out = esta sesión queda fuera del experimento
facts-experiment-none-running = no hay ningún experimento en curso
# Lo que cambia B además de su texto; $plan y $phase son ids.
facts-b-runs-plan = B usa el plan { $plan }
facts-b-skips-phase = B se salta la fase { $phase }

## Los mensajes del motor: los de la línea de estado, y lo que escriben
## `letdown tap` y similares.

# $count es el número de la bajada en la sesión.
facts-msg-letdown-saved = bajada { $count } guardada
# $secs es la protección contra doble toque, en segundos enteros.
facts-msg-tap-ignored = toque ignorado: a menos de { $secs } s del anterior
# $count es cuántas bajadas quedan.
facts-msg-undone = última bajada deshecha (ahora { $count })
facts-msg-nothing-to-undo = nada que deshacer
facts-msg-paused = en pausa — el reloj está parado
facts-msg-resumed = seguimos
# $phase es el nombre de la fase.
facts-msg-phase-changed = ahora: { $phase }
# $length es la nueva duración de la fase.
facts-msg-phase-length = { $phase } dura ahora { $length }
# $target es el tiempo objetivo como lo lee un reloj (15:00).
facts-msg-target = el objetivo es ahora { $target }
facts-msg-first-phase = esta es la primera fase
facts-msg-last-phase = esta es la última fase
# La respuesta a otra terminal cuando no hay nada más que decir.
facts-reply-done = hecho
facts-reply-released = liberada

## Las líneas de la sesión en curso: lo guardado, lo rechazado o lo que
## espera. $save, $cancel, $resume, $undo y $edit son nombres de teclas;
## $why es lo que falló.

facts-host-summary-open = no se hizo: el resumen de la sesión está abierto en la pantalla de letdown ({ $save } allí lo guarda, { $cancel } vuelve a la sesión)
facts-host-interrupted-waits = no hay ninguna sesión en curso; una interrumpida espera en la pantalla de letdown ({ $resume } allí la retoma)
# $at es la hora a la que terminó.
facts-host-ended-at = no hay ninguna sesión en curso; la que terminó a las { $at } está guardada (`letdown undo` la reabre)
facts-host-no-session = no hay ninguna sesión en curso
facts-host-not-ended-summary = no se terminó: el resumen de la sesión está abierto en la pantalla de letdown ({ $save } allí lo guarda)
facts-host-ended-keys = terminada y guardada; { $undo } la reabre, { $edit } añade el volumen
facts-host-ended = terminada y guardada
# $length es la duración de la sesión, $letdowns sus bajadas con su nombre.
facts-host-ended-reopens = terminada y guardada: { $length }, { $letdowns }; `letdown undo` la reabre
facts-host-ended-line = terminada y guardada: { $length }, { $letdowns }
facts-host-not-saved = aún no guardada: { $why }
facts-host-reopened = reabierta; el tiempo desde que terminó cuenta como pausa
facts-host-not-reopened = no se reabrió: { $why }
facts-host-not-reopened-stays = no se reabrió: { $why }; sigue guardada como estaba
facts-host-released = empezó una sesión en otro sitio; la que terminó aquí sigue guardada como está
facts-host-running-here = hay una sesión en curso aquí
facts-host-saved-again = guardada de nuevo; no se perdió nada
facts-host-saving-failed-kept = no se pudo guardar — a salvo, reintentando ({ $why })
facts-host-saving-failed-state = no se pudo guardar — a salvo en la carpeta de estado, reintentando ({ $why })
facts-host-saving-failed-memory = no se pudo guardar — a salvo en memoria, reintentando ({ $why })
facts-host-saved-now = guardada ya; no se perdió nada
facts-host-not-discarded = no se pudo descartar: { $why }
facts-host-saving-failed = no se pudo guardar
# $busy dice dónde está la otra sesión.
facts-host-busy = { $busy }; termínala allí primero
facts-host-resumed = seguimos; el tiempo fuera cuenta como pausa
facts-host-unreachable = `letdown tap` no llega a esta sesión: { $why }

## Notificaciones de escritorio: breves, amables, nunca consejos médicos.

# Un estímulo sin indicación; $trigger es su id.
facts-notify-try = Algo que probar: { $trigger }
# $target es el tiempo objetivo en palabras (facts-notify-minutes) o una duración.
facts-notify-target = { $target } — muy bien. Sigue mientras te sientas bien.
facts-notify-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
# $since es una duración: el tiempo desde que terminó la última sesión.
facts-notify-reminder-since = ¿Hora de una sesión? Han pasado { $since } — cuando quieras.
facts-notify-reminder = ¿Hora de una sesión? Cuando quieras.
# Una fase nueva; $phase es su nombre, $prompt lo que pide.
facts-notify-phase = { $phase } — { $prompt }
facts-notify-no-bus = no hay notificaciones de escritorio aquí; la campana sigue sonando
facts-notify-unavailable = las notificaciones de escritorio no funcionan; la campana sigue sonando

## Cómo se sintió una sesión, como lo muestran pantallas y tablas.

facts-comfort-fine = bien
facts-comfort-tender = molestias
facts-comfort-painful-word = dolor

## Por qué un registro no es una sesión que letdown pueda guardar.

facts-invalid-newer-schema = escrito por un letdown más nuevo (esquema { $schema }); actualiza letdown para leerlo
facts-invalid-unknown-schema = esquema desconocido { $schema }
facts-invalid-still-running = una sesión aún en curso (¿en otro equipo?)
facts-invalid-secs = un tiempo de { $secs } segundos está fuera de rango (como mucho 366 días)
facts-invalid-volume = un volumen de { $ml } ml está fuera de rango (como mucho 2000 ml)
facts-invalid-total-volume = izquierdo y derecho suman { $ml } ml, fuera de rango (como mucho 2000 ml)
facts-invalid-start-year = un inicio en el año { $year } está fuera de rango (de 1970 a 2200)
# $id es el id entre comillas.
facts-invalid-id = el id { $id } no puede nombrar un archivo (solo letras, cifras, `-`, `_` y `.`)
facts-invalid-letdown-count = { $count } bajadas está fuera de rango (como mucho 100)
facts-invalid-count-beside-times = un número de bajadas junto a horas de bajadas; quédate con uno de los dos
facts-invalid-pumping-secs = un tiempo de extracción más largo que la sesión
facts-invalid-empty = una sesión debe durar más de 0 minutos
facts-invalid-too-long = una sesión escrita a mano dura como mucho 24 horas
facts-invalid-future = ese inicio está en el futuro
facts-invalid-end-before-start = el final es anterior al inicio
facts-invalid-flange = un embudo de { $mm } mm está fuera de rango (de 10 a 40 mm)
# $what es uno de los facts-name-….
facts-invalid-name = { $what } está vacío, es demasiado largo (como mucho 60 caracteres) o tiene un carácter de control
facts-invalid-switch-order = los cambios de lado están desordenados
facts-name-experiment = el nombre del experimento
facts-name-pump = el nombre del sacaleches
facts-name-suction = el nivel de succión

## Por qué no se pudo crear, leer o cambiar un experimento. $name es su
## nombre, $most lo máximo permitido, $arm A o B.

facts-experiment-bad-name = el nombre de un experimento tiene de 1 a { $most } letras, cifras, `-` o `_` (nombra su archivo): `{ $name }` no lo cumple
facts-experiment-bad-text = el texto de { $arm } tiene de 1 a { $most } caracteres imprimibles
facts-experiment-bad-sessions = un experimento planea de 1 a { $most } sesiones para cada condición
facts-experiment-exists = ya hay un experimento llamado `{ $name }`; elige otro nombre
facts-experiment-unknown = no hay ningún experimento llamado `{ $name }`; `letdown experiment list` los muestra
facts-experiment-one-at-a-time = `{ $name }` está en curso; termínalo primero (`letdown experiment end { $name }`): solo uno a la vez
facts-experiment-ended-already = el experimento `{ $name }` ya terminó
# $path es el archivo, $why lo que falló.
facts-experiment-not-written = { $path }: no se pudo escribir: { $why }
facts-experiment-misnamed = nombra el experimento `{ $name }`, no el nombre de su archivo

## Un equipo escrito que no se puede leer; lo que va entre comillas es lo que hay que escribir.

# $from y $to son los tamaños permitidos, en mm.
facts-expected-flange = se esperaba un tamaño de embudo de { $from } a { $to } mm, como 24, o 24/21 para izquierdo/derecho
facts-expected-sides = se esperaba "both", "left", "right" u "one-at-a-time"
facts-expected-method = se esperaba "pump", "hand" o "pump+hand"

## Archivos que una lista pasó por alto o retiene. $count es cuántos.
facts-duplicates-ignored = { $count ->
    [one] 1 copia duplicada ignorada; `letdown config check` dice cuál
   *[other] { $count } copias duplicadas ignoradas; `letdown config check` dice cuáles
}
facts-misfiled = { $count ->
    [one] 1 archivo de sesión en la carpeta de otro día, mostrado en su día; `letdown config check` dice dónde
   *[other] { $count } archivos de sesión en la carpeta de otro día, mostrados en su día; `letdown config check` dice dónde
}
facts-not-saved-yet = aún sin guardar
facts-unsaved-note = { $count ->
    [one] 1 sesión aún sin guardar: está en la carpeta de estado y se cuenta; letdown la guarda en cuanto la carpeta de datos la acepte
   *[other] { $count } sesiones aún sin guardar: están en la carpeta de estado y se cuentan; letdown las guarda en cuanto la carpeta de datos las acepte
}
facts-duplicate-copies = { $count ->
    [one] 1 copia duplicada
   *[other] { $count } copias duplicadas
}
