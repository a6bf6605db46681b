# summary

## El encabezado del resumen

# $day es el día de la sesión, entero.
summary-heading-edit = Editando la sesión del { $day }
summary-heading-add = Añadiendo una sesión al { $day }, tal como fue
summary-heading-end = Bien hecho. Aquí termina la sesión:
# Tras la duración de la sesión: sus bajadas, y $time cuándo empezó.
summary-what-ended = { $count ->
    [one] { $count } bajada
   *[other] { $count } bajadas
}  ·  desde las { $time }
# $times son los momentos de las bajadas dentro de la sesión, como 4:10.
summary-letdowns-at = Bajadas a los { $times }
summary-optional-end = Todo es opcional:
summary-optional-edit = Cambia lo que haga falta; lo demás se queda como está:
summary-optional-add = Cuándo empezó y cuánto duró; lo demás es opcional:

## Los campos; la etiqueta más larga marca la columna donde empieza cada campo

summary-started = Empezó
summary-length = Duración
summary-ended = Fin a las
# Junto al campo del final, al terminar una sesión.
summary-ended-hint = si paraste antes
summary-letdowns = Bajadas
# Junto al campo de las bajadas: qué escribir.
summary-letdowns-hint = tiempo desde el inicio
# La pregunta sobre las bajadas tras un final escrito: quitarlas o mantenerlas.
summary-after = Después
summary-after-drop = { $count ->
    [one] quitar { $count } bajada
   *[other] quitar { $count } bajadas
}
summary-after-keep = mantenerlas
summary-left = Izquierdo
summary-right = Derecho
summary-total = o total
summary-setup = Equipo
summary-pump = Sacaleches
summary-flange = Embudo
# Junto al campo del embudo: qué escribir.
summary-flange-hint = mm, o izquierdo/derecho
summary-suction = Succión
summary-sides = Lados
summary-method = Método
summary-comfort = Comodidad
summary-note = Nota
# Una pista de teclas en un campo donde se escriben letras; $key es la tecla del campo siguiente.
summary-leaves-note = { $key } sale de la nota
summary-leaves-field = { $key } sale del campo
# Cuando dice que le dolió: con cariño, sin consejo médico.
summary-pain-note = Para que salga la leche no hace falta que duela. Revisa que el embudo sea de tu talla, y habla con una asesora de lactancia o con tu profesional de salud si sigue.

## Qué falla en un campo escrito

summary-length-missing = ¿cuánto duró? en minutos, como 20
# $start es cuándo empezó la sesión.
summary-end-before-start = eso es antes de que empezara ({ $start })
summary-end-after-now = puede terminar antes de ahora, no después
# $time es el momento escrito de una bajada dentro de la sesión.
summary-letdown-after-end = { $time } es después del final

## Añadir una sesión que se solapa con otra

summary-overlap = Se solapa con otra sesión.
# $other es cuándo empezó la otra sesión, $length su duración, $from desde cuándo coinciden.
summary-overlap-which = La sesión de las { $other } ({ $length }) coincide con esta desde las { $from }.

## La línea de estado tras el formulario

summary-status-saved = guardada
summary-status-added = añadida, marcada como anotada a mano
# $error es el motivo, con las palabras del sistema.
summary-status-not-added = no se añadió: { $error }
summary-status-changed = no se guardó: el archivo cambió desde que se abrió; aquí está la versión nueva
# $reason es por qué no se puede leer el archivo nuevo.
summary-status-changed-unreadable = no se guardó: el archivo cambió desde que se abrió y ahora no se puede leer ({ $reason }); se dejó como estaba
summary-status-save-failed = no se pudo guardar el cambio: { $error }
