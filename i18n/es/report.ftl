# report

## El marco de la página y las cifras en breve

report-page-title = Registro de extracciones, { $dates }
report-title = Registro de extracciones
report-no-sessions = No hay sesiones en estos días.
report-days = { $count ->
    [one] 1 día
   *[other] { $count } días
}
report-meta = Volúmenes en { $unit }. Los momentos de las bajadas son minutos del reloj de la sesión desde su inicio (sin contar las pausas). Hecho con letdown el { $day } a las { $at }.
report-baby = Bebé: { $age }
report-not-medical = Un registro personal que lleva con letdown la persona que se extrae leche, no un historial médico.
report-gentle-pain = El dolor no es señal de una sesión mejor. Si extraerte duele, revisar el tamaño del embudo y hablar con una asesora de lactancia o con tu profesional sanitario puede ayudar.
report-in-short = En breve
report-sessions = Sesiones
report-sessions-figures = { $goal ->
    [0] { $total } en total, { $per_day } al día
   *[other] { $total } en total, { $per_day } al día (objetivo { $goal })
}
report-pumping = Extracción
report-pumping-figures = { $goal ->
    [0] { $total } en total, { $minutes } minutos al día
   *[other] { $total } en total, { $minutes } minutos al día (objetivo { $goal })
}
report-volume = Volumen
report-volume-none = no anotado
report-volume-figures = { $total } en total, { $per_day } al día
report-averages = Medias
report-letdowns = Bajadas
report-letdowns-figures = { $total } en total
report-pattern = Tu patrón
report-pattern-figures = primera bajada a los { $first }, { $count } por sesión, { $between } entre bajadas (medianas de { $sessions ->
    [one] 1 sesión cronometrada
   *[other] { $sessions } sesiones cronometradas
})
report-night = Sesiones de noche
report-night-figures = { $days ->
    [one] 1 día
   *[other] { $days } días
} con una sesión entre la 01:00 y las 05:00
report-last-24h = Las últimas 24 horas, hasta el { $day } a las { $at }

## Secciones, gráficos y tablas (HTML y Markdown)

report-every-day = Cada día
report-sessions-a-day = Sesiones al día
report-sessions-a-day-desc = Una barra por cada día desde { $dates }: cuántas sesiones tuvo. La línea discontinua es el objetivo de { $goal } al día.
report-sessions-a-day-caption = sesiones al día
report-pumping-a-day = Minutos de extracción al día
report-pumping-a-day-desc = Una barra por cada día desde { $dates }: minutos de extracción (sin los descansos). La línea discontinua es el objetivo de { $goal } minutos al día.
report-pumping-a-day-caption = minutos de extracción al día
report-volume-a-day = Volumen al día ({ $unit })
report-volume-a-day-desc = Una barra por cada día desde { $dates }: el volumen extraído, en { $unit }.
report-volume-a-day-caption = volumen al día ({ $unit })
report-numbers = Las cifras: { $caption }
report-chart-goal = objetivo { $goal }
report-median = mediana { $median }
report-percent = { $percent } %
report-trigger-bar = { $followed } de { $shown } ({ $percent } %)
report-axis-day = día
report-axis-sessions = sesiones
report-axis-minutes = minutos
report-axis-letdowns = bajadas
report-axis-first-minutes = minutos desde el inicio hasta la primera bajada
report-axis-trigger = estímulo
report-axis-trigger-share = mostrado, y una bajada en menos de 2 minutos
report-head-day = día
report-head-start = inicio
report-head-length = duración
report-head-letdowns = bajadas
report-head-first = primera
report-head-first-letdown = primera bajada
report-head-times = momentos de las bajadas
report-head-rests = descansos
report-head-volume = volumen ({ $unit })
report-head-volume-plain = volumen
report-head-sides = lados
report-head-sessions = sesiones
report-head-timed-sessions = sesiones cronometradas
report-head-median-first = mediana de la primera bajada
report-head-median-letdowns = mediana de bajadas
report-head-median-timed = mediana por sesión cronometrada
report-head-pumping-min = min de extracción
report-head-night = sesión de noche
report-head-trigger = estímulo
report-head-cue = señal
report-head-shown = mostrado
report-head-share = proporción
report-head-measure = medida
report-head-says = qué dice
report-yes = sí
report-raster = Bajadas, sesión a sesión
report-raster-intro = Cada fila es una sesión, la más antigua arriba, agrupadas por día; cada marca es una bajada, sobre un mismo eje de minutos desde el inicio (hasta { $span }). Las bajadas de una persona suelen llegar más o menos a los mismos momentos de una sesión a otra.
report-legend-letdown = una bajada
report-legend-pumping = extracción
report-legend-rest = un descanso
report-raster-chart = Bajadas, { $from } – { $to }
report-raster-chart-desc = Una fila por cada una de { $sessions ->
    [one] 1 sesión
   *[other] { $sessions } sesiones
} del { $from } al { $to }, la más antigua arriba; { $letdowns ->
    [one] 1 bajada dibujada
   *[other] { $letdowns } bajadas dibujadas
} como marcas en sus minutos desde el inicio de la sesión. La tabla tras los gráficos da los momentos de las bajadas de cada sesión.
report-added-by-hand = añadida a mano: { $count }
report-raster-caption = las bajadas de cada sesión
report-first = Cuándo llegó la primera bajada
report-first-chart = La primera bajada, cuánto después del inicio
report-first-chart-desc = Cuántas sesiones cronometradas tuvieron su primera bajada en cada medio minuto desde el inicio; la última barra reúne todas las primeras bajadas después de { $after }. { $without ->
    [one] 1 sesión no tuvo
   *[other] { $without } sesiones no tuvieron
} ninguna bajada. La línea discontinua es la mediana, { $median }.
report-no-letdown = ninguna bajada
report-first-caption = sesiones según el momento de su primera bajada
report-trends = A lo largo del periodo
report-first-trend-chart = Minutos hasta la primera bajada, cada sesión
report-first-trend-chart-desc = Un punto por cada sesión cronometrada con una bajada, en su día y sus minutos hasta la primera bajada; la línea une la mediana de cada día, la línea discontinua es la mediana del periodo.
report-first-trend-caption = tiempo hasta la primera bajada, día a día
report-letdowns-chart = Bajadas en cada sesión
report-letdowns-chart-desc = Un punto por cada sesión en su día y su número de bajadas (un cuadrado hueco: añadida a mano); la línea une la mediana de cada día sobre las sesiones cronometradas, la línea discontinua es la mediana del periodo.
report-letdowns-caption = bajadas, día a día
report-triggers = Los estímulos de la guía
report-triggers-chart = Estímulos seguidos de una bajada { $within }
report-triggers-chart-desc = Una barra por cada estímulo que mostró la guía: la proporción de veces que lo siguió una bajada { $within }, de mejor a peor.
report-triggers-caption = los estímulos de la guía
report-cues = Señales del sacaleches
report-cues-caption = señales del sacaleches
report-comfort = Comodidad y notas
report-comfort-fine = bien
report-comfort-tender = con molestias
report-comfort-painful = dolorosa
report-comfort-not-said = sin decir
report-comfort-chart = Cómo se sintieron las sesiones, día a día
report-comfort-chart-desc = Una barra apilada por cada día: sus sesiones que fueron bien (abajo), con molestias, con dolor, y las guardadas sin decirlo.
report-comfort-caption = comodidad, día a día
report-sore = Sesiones con molestias o con dolor
report-notes = Notas
report-no-notes = No hay notas en estos días.
report-milk = La leche a lo largo del tiempo
report-milk-by-day = Volumen por día
report-milk-by-day-legend = El volumen de cada día y, entre paréntesis, lo anotado para el lado izquierdo y el derecho.
report-milk-by-time = Por momento del día
report-milk-by-setup = Por equipo
report-experiments = Experimentos

## Las líneas propias de la versión Markdown

report-md-title = Registro de extracciones: { $dates }
report-md-meta = { $days ->
    [one] 1 día
   *[other] { $days } días
} · volúmenes en { $unit } · los momentos de las bajadas son minutos del reloj de la sesión desde su inicio · hecho con letdown el { $day } a las { $at }
report-md-sessions = Sesiones: { $total } en total, { $per_day } al día (objetivo { $goal })
report-md-pumping = Extracción: { $total } en total, { $minutes } minutos al día (objetivo { $goal })
report-md-volume = Volumen: { $total }
report-md-volume-a-day = Volumen: { $total }, { $per_day } al día
report-md-letdowns = Bajadas: { $total } en total
report-md-pattern = Tu patrón (medianas de { $sessions ->
    [one] 1 sesión cronometrada
   *[other] { $sessions } sesiones cronometradas
}): primera bajada a los { $first }, { $count } por sesión, { $between } entre bajadas
report-md-last-24h = Las últimas 24 horas, hasta el { $day } a las { $at }: { $sessions ->
    [one] 1 sesión
   *[other] { $sessions } sesiones
}, { $pumping } de extracción, { $letdowns ->
    [one] 1 bajada
   *[other] { $letdowns } bajadas
}, { $volume }
report-md-raster-intro = Cada fila es una sesión, la más antigua primero; `|` es una bajada (una cifra: tantas en una celda), `-` extracción, `~` un descanso; el eje dura { $span }.
report-md-added-by-hand = añadida a mano: { $count ->
    [one] 1 bajada
   *[other] { $count } bajadas
}
report-md-by-hand = añadida a mano
report-md-trends = A lo largo del periodo, día a día

## Las palabras propias del gráfico de bajadas

report-raster-no-sessions = ninguna sesión
report-axis-since-start = minutos desde el inicio de la sesión
report-raster-by-hand = añadida a mano: { $count ->
    [one] 1 bajada
   *[other] { $count } bajadas
}, sin momentos
report-raster-later = +{ $count } después
