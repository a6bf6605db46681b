# errors

## Lo que esperaba un error de la configuración. Cada uno va tras
## `archivo:línea:columna: clave: `; claves, cabeceras de tabla y valores
## quedan como los escribe el archivo.

error-config-expected = se esperaba { $wanted }, no { $found }
error-config-not-a-choice = "{ $found }" no es una de las opciones; usa { $choices }
error-config-needs = { $entry } necesita también `{ $key }`
error-config-whole = { $unit ->
    [seconds] un número entero de segundos
    [minutes] un número entero de minutos
    [sessions] un número entero de sesiones
   *[none] un número entero
}
error-config-whole-like = { $unit ->
    [seconds] un número entero de segundos
    [minutes] un número entero de minutos
    [sessions] un número entero de sesiones
   *[none] un número entero
}, como { $like }
error-config-true-or-false = true o false
error-config-a-path = una ruta entre comillas, como "~/Imágenes/bebé"
error-config-text = texto entre comillas
error-config-a-number = un número
error-config-a-list = una lista, o entradas { $header }
error-config-an-entry = una entrada { $header }
error-config-a-table = una tabla { $header }
error-config-found-list = una lista
error-config-found-table = una tabla
error-config-token = el token nunca se guarda en la configuración: ponlo en un archivo aparte que solo puedas leer tú (chmod 600), indicado en `token_file`, o en LETDOWN_BABYBUDDY_TOKEN
error-config-at-the-top = al principio del archivo
error-config-in = en { $entry }
error-config-unknown-near = `{ $found }` no es un ajuste { $place }; ¿querías decir `{ $near }`? (los ajustes de ahí son { $list })
error-config-unknown = `{ $found }` no es un ajuste { $place }; los ajustes de ahí son { $list }
error-config-unknown-takes-none = `{ $found }` no es un ajuste { $place }; ahí no hay ajustes
error-config-the-file = el archivo
error-config-this-entry-of = esta entrada { $header }
error-config-this-entry = esta entrada
error-config-list-or = { $head } o { $last }
error-config-list-and = { $head } y { $last }

## Errores de la configuración que encuentra letdown

error-config-unknown-action = acción desconocida `{ $name }`, se esperaba una de { $known }
error-config-trigger-twice = el nombre de estímulo `{ $name }` se usa dos veces
error-config-all-rest = se esperaba una fase que no sea un descanso, para extraer
error-config-plan-name = se esperaba un nombre para el plan
error-config-plan-standard = `standard` es el plan que forman las [[phases]] de arriba; dale a este otro nombre
error-config-plan-twice = el nombre de plan `{ $name }` se usa dos veces
error-config-no-key = se esperaba al menos una tecla
error-config-key-leaves = `{ $key }` siempre sale, como `quit`; elige otra tecla
error-config-key-taken = `{ $key }` ya está asignada a `{ $taken }` en { $screen }
error-config-key-edits = `{ $key }` edita texto en { $screen }; elige otra tecla
error-config-key-typed = `{ $key }` se escribe en los campos de { $screen }; elige una tecla que no se escriba, como una tecla de función
error-config-hook-blank = se esperaba una línea de órdenes, como "paplay ~/sounds/chime.oga"; quita la clave si no quieres ninguna
error-config-hooks-writable = el archivo de configuración lo pueden escribir el grupo u otros (modo { $mode }), y [hooks] ejecuta órdenes de él; haz `chmod go-w` primero
error-config-hooks-owner = el archivo de configuración pertenece a otro usuario (uid { $uid }), y [hooks] ejecuta órdenes de él
error-config-minutes-above-0 = se esperaba un número de minutos mayor que 0
error-config-minutes-at-most = se esperaban como mucho { $max } minutos (366 días)
error-config-seconds-above-0 = se esperaba un número de segundos mayor que 0
error-config-phase-too-long = se esperaban como mucho { $max } segundos (366 días); quita `secs` para una fase sin fin fijo
error-config-minutes-from-1 = se esperaba un número de minutos de 1 a { $max }
error-config-flange = se esperaba un tamaño de embudo de { $from } a { $to } mm
error-config-flange-all-three = se esperaba `flange_mm` o bien `flange_left_mm` y `flange_right_mm`, no los tres
error-config-a-name = se esperaba un nombre: { $why }
error-config-a-date = se esperaba una fecha como AAAA-MM-DD, por ejemplo 2026-10-01
error-config-time-of-day = se esperaba una hora como "HH:MM", por ejemplo "04:00"
error-config-phase-secs = se esperaba un número de segundos mayor que 0 (quita `secs` para una fase sin fin fijo)
error-config-no-phase = se esperaba al menos una fase

## La tabla [babybuddy]

error-bb-url-query = se esperaba la dirección del servidor sin `?` ni `#`, como "https://baby.example.org"
error-bb-url = se esperaba la dirección del servidor, como "https://baby.example.org"
error-bb-url-scheme = se esperaba la dirección del servidor con http:// o https://, como "https://baby.example.org"
error-bb-url-user = se esperaba la dirección sin usuario ni contraseña: el token va en `token_file` o en LETDOWN_BABYBUDDY_TOKEN
error-bb-url-http = se esperaba https:// (http:// enviaría el token sin cifrar); http:// solo se permite hacia esta máquina, salvo con `allow_http = true`
error-bb-url-other = se esperaba una dirección http:// o https://, como "https://baby.example.org"
error-bb-child = se esperaba el id del bebé en Baby Buddy, un número entero desde 1
error-bb-tag = se esperaba una etiqueta de 1 a { $max } caracteres
