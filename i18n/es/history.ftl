# history

## Los títulos de la pantalla del historial

# Unos días: $days es 7, 30 o 90.
history-days = { $days } días
history-title-letdowns = Bajadas · { $days } días
history-title-milk = Leche · últimos { $days } días
history-title-history = Historial · últimos { $days } días
# Tras «letdown · » en un título ancho: qué vista es.
history-name-letdowns = bajadas
history-name-milk = leche
history-name-history = historial
# Qué sesiones del gráfico se ven: de $first a $last de $total.
history-position = { $first }–{ $last } de { $total }
history-letdown-count = { $count ->
    [one] { $count } bajada
   *[other] { $count } bajadas
}

## Los gráficos

# $what es el gráfico, $average su media al día.
history-chart-average = { $what } · media { $average }
# Como history-chart-average, con el objetivo diario; ••• es la línea del objetivo.
history-chart-average-goal = { $what } · media { $average } · objetivo { $goal } •••
history-chart-sessions = Sesiones al día
history-chart-minutes = Minutos al día
# $unit es ml u oz.
history-chart-volume = Volumen al día ({ $unit })
history-chart-letdowns = Bajadas en cada sesión
history-chart-first = Minutos hasta la primera bajada, cada sesión

## La tabla de días, en una terminal pequeña; las cabeceras cortas, 4 columnas

history-column-day = Día
history-column-sessions = Sesiones
history-column-minutes = Minutos
history-column-sessions-short = Ses
history-column-minutes-short = Min

## Tu patrón y los estímulos de la guía

history-no-sessions = Aún no hay sesiones en estos días. Aquí se verá tu propio patrón.
history-pattern-title = Tu patrón
# $time es lo que suele tardar la primera bajada.
history-pattern-first = Primera bajada a los { $time }
history-pattern-count = { $count ->
    [one] Sueles tener { $count } bajada por sesión
   *[other] Sueles tener { $count } bajadas por sesión
}
# $gap es el tiempo habitual entre bajadas.
history-pattern-gap = { $gap } entre bajadas
# $plans es cada plan con su número de sesiones.
history-pattern-plans = Planes: { $plans }
history-triggers-title = Estímulos de la guía
# Las cabeceras de la tabla de estímulos; «Veces», 5 columnas como mucho.
history-triggers-trigger = Estímulo
history-triggers-shown = Veces
# En una terminal pequeña, el patrón en una línea: $figures son las tres
# de abajo, separadas por comas.
history-usually = Lo habitual: { $figures }
history-usually-first = primera bajada a los { $time }
history-usually-count = { $count ->
    [one] { $count } bajada
   *[other] { $count } bajadas
}
history-usually-gap = { $gap } entre una y otra
# $said es lo que la guía ha visto de sus estímulos.
history-coach-says = Guía: { $said }

## El gráfico de bajadas

history-legend-letdown = bajada
history-legend-pumping = extracción
history-legend-rest = descanso
# Un «2» en el gráfico: dos bajadas en una celda.
history-legend-two = dos en una celda
# Una sesión añadida a mano no tiene línea de tiempo: su número de bajadas.
history-row-by-hand = a mano · { $count ->
    [one] { $count } bajada
   *[other] { $count } bajadas
}

## La vista de la leche

history-milk-no-volume = No hay volumen en los últimos días completos.
history-milk-by-day = Volumen por día
history-milk-legend-left = izquierdo
history-milk-legend-right = derecho
history-milk-legend-total = solo total
history-milk-by-time = Por hora del día
history-milk-by-setup = Por equipo
history-milk-each-session = Cada sesión

## El detalle de una sesión

history-detail-title = Sesión
# $length es el tiempo de extracción, $paused el de pausa, $count sus bajadas.
history-detail-lengths = Duración { $length } · en pausa { $paused } · { $count ->
    [one] { $count } bajada
   *[other] { $count } bajadas
}
# $time es a qué altura llegó la primera bajada.
history-detail-first-at = la primera a los { $time }
history-detail-by-hand = añadida a mano
# $times son las horas de las bajadas, cada una como «4:10 (07:18)».
history-detail-letdowns = Bajadas: { $times }
history-detail-phases = Fases: { $phases }
# $trigger es el id del estímulo, $at cuándo se mostró, como 4:10.
history-detail-trigger = Guía: { $trigger } a los { $at }
history-detail-trigger-followed = Guía: { $trigger } a los { $at }; llegó una bajada ✓
history-detail-volume = Volumen: izquierdo { $left } · derecho { $right } · total { $total }
history-detail-comfort = Comodidad: { $comfort }
# $note es la nota de la persona, tal como la escribió.
history-detail-note = Nota: { $note }
