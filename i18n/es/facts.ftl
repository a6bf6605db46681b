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
facts-share = { $percent } %

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
