# Palabras que comparten todas las caras: días y meses, unidades, sí y no.
#
# Glosario, para que todas las pantallas digan lo mismo. Se habla de tú, con
# calma y cariño; sin consejos médicos.
#   session (pumping)   sesión (de extracción)
#   let-down            bajada (de la leche): «bajada 3 a los 4 min 10 s»
#   pump / flange       sacaleches / embudo
#   suction / side      succión / lado (izquierdo, derecho, los dos)
#   trigger / cue       estímulo / señal (del sacaleches)
#   coach               guía
#   phase / plan        fase / plan
#   stall               parón
#   finish line         recta final
#   summary / history   resumen / historial
#   stats / report      estadísticas / informe
#   experiment / arm    experimento / variante
#   trash               papelera
#   due                 «te toca»
#   undo, pause, next, back, end, quit, help
#                       deshacer, pausa, siguiente, atrás, terminar, salir, ayuda
#   units               min, s, h, ml, oz; decimales con coma: 4,2 oz

# Un día de la semana; $day es 1 para el lunes hasta 7 para el domingo.
weekday = { $day ->
    [1] lunes
    [2] martes
    [3] miércoles
    [4] jueves
    [5] viernes
    [6] sábado
   *[7] domingo
}
weekday-short = { $day ->
    [1] lun
    [2] mar
    [3] mié
    [4] jue
    [5] vie
    [6] sáb
   *[7] dom
}
# Un mes; $month es 1 para enero hasta 12 para diciembre.
month = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}
month-short = { $month ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sept
    [10] oct
    [11] nov
   *[12] dic
}

# Recuentos con su nombre: 1 sesión, 3 sesiones.
common-count-session = { $count ->
    [one] { $count } sesión
   *[other] { $count } sesiones
}
common-count-letdown = { $count ->
    [one] { $count } bajada
   *[other] { $count } bajadas
}
common-count-day = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
common-count-week = { $count ->
    [one] { $count } semana
   *[other] { $count } semanas
}
common-count-file = { $count ->
    [one] { $count } archivo
   *[other] { $count } archivos
}
common-count-session-file = { $count ->
    [one] { $count } archivo de sesión
   *[other] { $count } archivos de sesión
}
common-count-timed-session = { $count ->
    [one] { $count } sesión cronometrada
   *[other] { $count } sesiones cronometradas
}
