# keys: lo que hace cada acción, en los pies de pantalla, los diálogos y la
# ayuda de `?`. Los nombres de las teclas (space, q, ctrl-c) no se traducen.
# Las palabras de los pies de pantalla, cortas: el espacio es poco.

## La palabra de una acción en un pie de pantalla o un diálogo.

keys-hint-let-down = bajada
keys-hint-help = ayuda
keys-hint-end = terminar
keys-hint-quit = salir
keys-hint-other-side = otro lado
keys-hint-undo = deshacer
keys-hint-pause = pausa
keys-hint-next = siguiente
keys-hint-back = atrás
keys-hint-plus-30s = +30s
keys-hint-minus-30s = -30s
keys-hint-leave-out = dejar fuera
keys-hint-mark-a-let-down-and-go-on = marcar una bajada y seguir
keys-hint-end-and-save = terminar y guardar
keys-hint-discard-it = descartarla
keys-hint-go-back = volver
keys-hint-yes-discard = sí, descartar
keys-hint-keep-it = conservarla
keys-hint-next-field = campo siguiente
keys-hint-previous-field = campo anterior
keys-hint-fine = bien
keys-hint-tender = molestias
keys-hint-painful = dolor
keys-hint-save = guardar
keys-hint-back-to-the-session = volver a la sesión
keys-hint-leave = salir
keys-hint-leave-it-as-it-was = dejarla como estaba
keys-hint-resume-it = retomarla
keys-hint-finish-it = terminarla
keys-hint-later = más tarde
keys-hint-leave-letdown = salir de letdown
keys-hint-start = empezar
keys-hint-detail = detalle
keys-hint-edit = editar
keys-hint-delete = borrar
keys-hint-add = añadir
keys-hint-history = historial
keys-hint-plan = plan
keys-hint-day-before = día anterior
keys-hint-day-after = día siguiente
keys-hint-today = hoy
keys-hint-up = arriba
keys-hint-down = abajo
keys-hint-close = cerrar
keys-hint-add-it = añadirla
keys-hint-don-t-add = no añadir
keys-hint-start-it = empezarla
keys-hint-add-it-anyway = añadirla igualmente
keys-hint-back-to-the-form = volver al formulario
keys-hint-yes-move-it = sí, moverla
keys-hint-leave-anyway = salir igualmente
keys-hint-stay = quedarse
keys-hint-7-30-or-90-days = 7, 30 o 90 días
keys-hint-switch-view = cambiar vista
keys-hint-back-to-the-day = volver al día
keys-hint-milk = leche
keys-hint-range-before = periodo anterior
keys-hint-scroll = desplazar

## La frase de una acción en la ayuda de `?`.

keys-help-mark-a-let-down-the-it-is-shown = Marca una bajada en el momento en que empieza; se guarda antes de mostrarse.
keys-help-show-or-hide-this-list = Muestra u oculta esta lista.
keys-help-end-the-session-a-summary-comfort-a-note = Termina la sesión: un resumen te pide volumen, comodidad y una nota.
keys-help-leave-with-a-session-running-asks-first = Sal; con una sesión en curso, pregunta antes.
keys-help-one-side-at-a-time-time-is-kept = Un lado cada vez: cambia al otro lado (su tiempo se conserva).
keys-help-take-back-the-last-let-down = Deshace la última bajada.
keys-help-pause-or-resume-paused-time-is-not-counted = Pausa o sigue; el tiempo en pausa no cuenta.
keys-help-skip-to-the-next-phase = Pasa a la fase siguiente.
keys-help-go-back-to-the-previous-phase = Vuelve a la fase anterior.
keys-help-30-seconds-more-in-this-on-the-target = 30 segundos más en esta fase (o en el objetivo).
keys-help-30-seconds-less-in-this-or-the-target = 30 segundos menos en esta fase, sin bajar de sus primeros 30 (o en el objetivo).
keys-help-leave-this-session-out-of-the-running-experiment = Deja esta sesión fuera del experimento en curso.
keys-help-mark-a-let-down-the-session-goes-on = Marca una bajada; la pregunta se cierra y la sesión sigue.
keys-help-end-the-session-the-summary-comes-next = Termina la sesión; después viene el resumen.
keys-help-throw-the-session-away-asks-once-more = Descarta la sesión (pregunta una vez más).
keys-help-back-to-the-running-session-any-other-key = Vuelve a la sesión en curso (también cualquier otra tecla).
keys-help-throw-the-session-away = Descarta la sesión.
keys-help-keep-the-session-so-does-any-other-key = Conserva la sesión (también cualquier otra tecla).
keys-help-the-next-field-tab-also-leaves-the-note = El campo siguiente (Tab también sale de la nota).
keys-help-the-previous-field = El campo anterior.
keys-help-comfort-fine-on-the-comfort-field = Comodidad: bien (en el campo de comodidad).
keys-help-comfort-tender-on-the-comfort-field = Comodidad: con molestias (en el campo de comodidad).
keys-help-comfort-painful-on-the-comfort-field = Comodidad: con dolor (en el campo de comodidad).
keys-help-leave-letdown-q-on-the-ctrl-c-anywhere = Sal de letdown (q en el campo de comodidad, Ctrl-C en cualquier parte).
keys-help-save-the-session-with-what-is-filled-in = Guarda la sesión con lo que esté rellenado.
keys-help-back-to-the-running-session-clock-went-on = Vuelve a la sesión en curso; el reloj siguió.
keys-help-a-let-down-at-its-types-a-space = Una bajada, en su propio momento (en la nota escribe un espacio).
keys-help-leave-asks-first-q-on-ctrl-c-anywhere = Sal (pregunta antes); q en el campo de comodidad, Ctrl-C en cualquier parte.
keys-help-save-the-change = Guarda el cambio.
keys-help-leave-without-changing-anything = Sal sin cambiar nada.
keys-help-resume-it-the-time-away-as-a-pause = Retómala; el tiempo fuera cuenta como pausa.
keys-help-finish-it-at-its-last-summary-comes-next = Termínala en su último guardado; después viene el resumen.
keys-help-throw-it-away-asks-once-more = Descártala (pregunta una vez más).
keys-help-keep-it-for-later-and-show-the-day = Guárdala para más tarde y muestra el día.
keys-help-leave-letdown-it-is-offered-again-next-time = Sal de letdown; se te ofrecerá de nuevo la próxima vez.
keys-help-throw-the-interrupted-session-away = Descarta la sesión interrumpida.
keys-help-keep-it-so-does-any-other-key = Consérvala (también cualquier otra tecla).
keys-help-start-a-session-on-the-you-used-last = Empieza una sesión con el plan que usaste la última vez.
keys-help-leave-letdown = Sal de letdown.
keys-help-a-session-s-let-downs-phases-and-triggers = Las bajadas, fases y estímulos de una sesión.
keys-help-edit-a-session-its-times-comfort-and-note = Edita una sesión: sus horas, bajadas, volumen, comodidad y nota.
keys-help-move-a-session-to-the-folder-asks-first = Mueve una sesión a la papelera (pregunta antes).
keys-help-bring-back-the-session-just-a-form-opens = Recupera la sesión recién borrada, o reabre la que `letdown end` acaba de terminar: la que fuera última (hasta que se abra una sesión o un formulario).
keys-help-add-a-session-that-happened-without-letdown = Añade una sesión que hiciste sin letdown.
keys-help-the-weeks-behind-charts-and-your-own-pattern = Las semanas pasadas: gráficos y tu propio patrón.
keys-help-choose-a-plan-power-pumping-and-start-it = Elige un plan (power, hands-on) y empiézalo.
keys-help-the-day-before = El día anterior.
keys-help-the-day-after = El día siguiente.
keys-help-back-to-today = Vuelve a hoy.
keys-help-select-the-session-above = Selecciona la sesión de arriba.
keys-help-select-the-session-below = Selecciona la sesión de abajo.
keys-help-close-the-detail = Cierra el detalle.
keys-help-edit-this-session-its-times-comfort-and-note = Edita esta sesión: sus horas, bajadas, volumen, comodidad y nota.
keys-help-move-this-session-to-the-folder-asks-first = Mueve esta sesión a la papelera (pregunta antes).
keys-help-add-the-session-as-the-fields-say = Añade la sesión como dicen los campos.
keys-help-leave-without-adding-anything = Sal sin añadir nada.
keys-help-start-a-session-on-the-chosen-plan = Empieza una sesión con el plan elegido.
keys-help-back-to-the-day-starting-nothing = Vuelve al día sin empezar nada.
keys-help-the-plan-above = El plan de arriba.
keys-help-the-plan-below = El plan de abajo.
keys-help-add-it-though-it-overlaps-another-session = Añádela, aunque se solape con otra sesión.
keys-help-back-to-the-form-to-any-other-key = Vuelve al formulario para cambiarla (también cualquier otra tecla).
keys-help-move-the-session-to-the-trash-folder = Mueve la sesión a la papelera.
keys-help-leave-what-is-kept-in-saved-next-time = Sal; lo que queda a salvo en la carpeta de estado se guarda la próxima vez.
keys-help-stay-while-saving-is-retried-any-other-key = Quédate mientras se reintenta guardar (también cualquier otra tecla).
keys-help-the-next-range-7-30-or-90-days = El periodo siguiente: 7, 30 o 90 días.
keys-help-the-last-7-days = Los últimos 7 días.
keys-help-the-last-30-days = Los últimos 30 días.
keys-help-the-last-90-days = Los últimos 90 días.
keys-help-the-let-down-raster-every-to-the-charts = La cuadrícula de bajadas (cada sesión una fila, cada bajada una marca), o vuelta a los gráficos.
keys-help-back-to-the-day-screen = Vuelve a la pantalla del día.
keys-help-the-milk-volume-by-day-to-the-charts = La leche: volumen por día con izquierdo y derecho, la semana, la hora del día, los equipos y cada sesión; o vuelta a los gráficos.
keys-help-the-range-before = El periodo anterior.
keys-help-the-let-down-raster-or-one-row-up = La cuadrícula de bajadas o la leche: una fila arriba.
keys-help-the-let-down-raster-or-one-row-down = La cuadrícula de bajadas o la leche: una fila abajo.
keys-help-the-let-down-raster-or-a-page-up = La cuadrícula de bajadas o la leche: una página arriba.
keys-help-the-let-down-raster-or-a-page-down = La cuadrícula de bajadas o la leche: una página abajo.

## Dónde se leen las teclas, para los mensajes («Teclas en la pantalla del día»).

keys-context-session = la pantalla de sesión
keys-context-leave = la pregunta de salir
keys-context-discard = la pregunta de descartar
keys-context-summary = el formulario del resumen
keys-context-edit = el formulario de edición
keys-context-resume = la pregunta de retomar
keys-context-day = la pantalla del día
keys-context-detail = el detalle de la sesión
keys-context-delete = la pregunta de borrar
keys-context-add = el formulario para añadir
keys-context-overlap = la pregunta del solapamiento
keys-context-pick-plan = el selector de plan
keys-context-unsaved = la pregunta de la sesión sin guardar
keys-context-history = la pantalla del historial

## Un nombre de tecla de la configuración que no se puede leer; $text es lo
## escrito, $sent lo que envía la terminal en su lugar. Los nombres de las
## teclas no se traducen.

keys-not-a-key = `{ $text }` no es un nombre de tecla
keys-function-keys = `{ $text }`: las teclas de función van de f1 a f12
keys-not-a-key-name = `{ $text }` no es un nombre de tecla; usa un solo carácter, o uno de space, enter, esc, tab, backtab, backspace, delete, left, right, up, down, home, end, pageup, pagedown, f1..f12, con ctrl- o alt- si quieres
keys-never-reaches = `{ $text }` nunca llega a letdown tal cual: la terminal envía `{ $sent }` en su lugar; elige otra tecla
keys-expected-names = se esperaba un nombre de tecla o una lista de nombres de tecla
keys-expected-one = se esperaba al menos una tecla
