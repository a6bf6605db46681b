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

## Archivos y carpetas

error-not-utf8 = no es texto UTF-8
error-not-regular = no es un archivo normal
error-too-large = más grande de lo que puede ser un archivo de sesión (más de { $mib } MiB); no se leyó
error-exists = { $path } ya existe
error-changed = el archivo cambió desde que se abrió
error-gone = el archivo ya no está desde que se abrió: { $path }
error-output-no-folder = no se puede escribir { $path }: la carpeta { $folder } no existe (letdown no crea carpetas)
error-output-not-a-folder = no se puede escribir { $path }: { $folder } no es una carpeta
error-output-not-a-file = no se puede escribir { $path }: no es un archivo normal
error-output-exists = { $path } ya existe y se dejó tal como está (--force lo reemplaza)
error-cannot-write = no se puede escribir { $path }: { $why }

## Empezar una sesión

error-lock-busy = ya hay una sesión en marcha en esta máquina (su archivo: { $path })
error-lock-io = no se puede usar la carpeta de estado { $path }: { $why }
error-lock-not-a-file = { $path } no es un archivo normal, así que no se puede bloquear una sesión ahí; apártalo para empezar una
error-start-not-saved = la última sesión en { $path } aún no está guardada, y no se pudo apartar ({ $why })
error-start-not-set-aside = no se puede leer el archivo de la sesión en marcha ({ $reason }), y no se pudo apartar ({ $why })
error-start-not-writable = no se pueden guardar sesiones en { $path }: { $why }
error-reopen-changed = su archivo cambió desde que se guardó, y se dejó tal como está
error-reopen-gone = su archivo ya no está en la carpeta de datos
error-reopen-move = no se puede apartar su archivo: { $why }

## El socket con el que habla `letdown tap`

error-socket-too-long = la ruta de la carpeta de estado es demasiado larga para el socket de letdown ({ $len } bytes con su nombre, como mucho { $max }); pon en XDG_STATE_HOME una carpeta más corta
error-socket-stale = no hay ninguna sesión en marcha (letdown se cerró sin cerrar su socket)
error-socket-refusing = se rechaza { $path }: { $why }
error-socket-not-ours = { $path } no es el socket de letdown, y se dejó tal como está
error-socket-cannot-make = no se puede crear el socket { $path }: { $why }

## Importar y la papelera

error-import-header = línea 1: no es una exportación de letdown; a la cabecera le falta { $lacks }
error-import-count = letdown_count es { $count } pero letdown_secs tiene { $offsets } y letdown_at { $times }
error-import-running = no se puede importar una sesión en marcha
error-import-line = línea { $line }: { $why }
error-import-session = sesión { $number } ({ $id }): { $why }
error-restore-not-in-trash = no hay ninguna sesión con el id { $id } en la papelera
error-restore-present = ya hay una sesión con el id { $id } en la carpeta de datos ({ $path })

## Sincronizar con Baby Buddy

error-sync-not-set = Baby Buddy no está configurado: añade a la configuración una tabla [babybuddy] con `url` y `child` (`letdown config path` dice dónde está; el README explica cómo)
error-sync-no-token = no hay token de Baby Buddy: define { $env } o indica en `token_file` de [babybuddy] un archivo que lo contenga
error-sync-token-file = el archivo del token { $path }: { $why }
error-sync-ca-file = el archivo del certificado (`ca_file`) { $path }: { $why }
error-sync-bad-token = Baby Buddy rechazó el token ({ $status }): revisa { $env } o `token_file` (la clave está en la página de ajustes de tu usuario de Baby Buddy)
error-sync-no-child = Baby Buddy no tiene el bebé { $child } (`child` en [babybuddy]: el id del bebé está en su dirección en las páginas de Baby Buddy)
error-sync-plain-http = { $url } habla HTTP sin cifrar, no HTTPS: escribe la dirección con http:// si es esta máquina (o pon `allow_http = true`), o pon Baby Buddy detrás de HTTPS
error-sync-no-session = no hay ninguna sesión terminada { $id } que enviar (`letdown log --json` muestra los ids)
error-sync-no-session-held = no hay ninguna sesión terminada { $id } que enviar: { $why }
error-sync-unreachable = no se puede llegar a Baby Buddy en { $url }: { $why }
error-sync-tls = falló una conexión segura con { $url }: { $why }
error-sync-redirect = { $url } respondió con una redirección ({ $status }); letdown no sigue ninguna: pon en `url` la dirección donde está Baby Buddy
error-sync-redirect-to = { $url } respondió con una redirección ({ $status } a { $to }); letdown no sigue ninguna: pon en `url` la dirección donde está Baby Buddy
error-sync-not-babybuddy = { $url } no responde como la API de Baby Buddy ({ $why }); revisa `url`
error-sync-server = Baby Buddy falló ({ $status }): { $why }
error-sync-busy = ya hay otra sincronización en curso (`letdown sync` en otro sitio, o la sincronización automática de la app); vuelve a intentarlo en un momento
error-sync-sent-list = no se puede guardar lo enviado, { $path }: { $why }

## Un archivo que se nombró y no se leyó

error-config-cannot-read = no se puede leer la configuración: { $why }
error-config-not-utf8 = la configuración no es texto UTF-8
error-refused-not-regular = no es un archivo normal (es una carpeta, un FIFO o un dispositivo), y { $what ->
    [config] una configuración
    [import] una importación
   *[export] una exportación
} sí lo es
error-refused-too-large = es más grande de lo que puede ser { $what ->
    [config] una configuración
    [import] una importación
   *[export] una exportación
} (más de { $mib } MiB), así que no se leyó

## Hooks, dichos en la línea de estado

error-hook-skipped = se saltó un hook: los anteriores aún estaban en marcha
error-hook-failed = el hook { $hook } { $why }; letdown sigue sin él
error-hook-no-start = no pudo arrancar ({ $why })
error-hook-exit = falló (código de salida { $code })
error-hook-signal = lo detuvo una señal
error-hook-too-long = duró más de { $secs } s y se detuvo
error-hook-no-wait = no se pudo esperar a que acabara ({ $why })

## Llegar a la sesión en marcha

error-socket-connect = no se puede conectar: { $why }
error-socket-unknown-answer = la sesión respondió algo que letdown no conoce
error-socket-look = no se puede mirar el socket: { $why }
error-socket-not-socket = no es un socket
error-socket-other-user = pertenece a otro usuario (uid { $uid })
error-socket-mode = otros pueden usarlo (modo { $mode }; el de letdown es 0600)
error-socket-look-folder = no se puede mirar la carpeta de estado: { $why }
error-socket-folder = su carpeta no es solo tuya (otros podrían reemplazar el socket)
error-socket-listener = el programa que escucha ahí se ejecuta como otro usuario (uid { $uid })
error-socket-ask = no se puede preguntar quién escucha ahí: { $why }
error-socket-no-answer-within = sin respuesta en { $secs } s; mira la pantalla de letdown
error-socket-no-answer = sin respuesta: { $why }
error-socket-closed = la sesión cerró la conexión sin responder (¿demasiadas a la vez?)

## Los archivos del token y del certificado, y hablar con Baby Buddy

error-file-cannot-read = no se puede leer: { $why }
error-file-not-regular = no es un archivo normal
error-file-other-user = pertenece a otro usuario
error-file-not-text = no es texto plano
error-token-readable = otros pueden leerlo (modo { $mode }); haz que sea solo tuyo con `chmod 600` y vuelve a sincronizar
error-token-too-long = es mucho más largo que un token
error-token-none = no contiene ningún token
error-token-one-word = debe contener solo el token, una palabra de letras y cifras
error-token-env-not-text = no es texto plano
error-ca-too-large = es mucho más grande que un certificado
error-ca-not-pem = no es PEM: { $why }
error-ca-none = no contiene ningún certificado (PEM, BEGIN CERTIFICATE)
error-bb-what-check = la comprobación del token y del bebé { $child }
error-bb-what-new = una entrada nueva
error-bb-what-entry = la entrada { $id }
error-bb-what-change = un cambio en la entrada { $id }
error-bb-what-around = las entradas alrededor de una sesión
error-bb-bad-list = una lista de entradas que no se puede leer
error-bb-no-id = una entrada creada sin su id
error-bb-bad-entry = una entrada que no se puede leer
error-bb-no-api = 404: no hay API de extracciones ahí
error-bb-no-connection = sin conexión en { $secs } s (esperando para enviar { $what })
error-bb-no-answer = aceptó la conexión pero no respondió en { $secs } s (esperando su respuesta a { $what }); ¿es Baby Buddy, y funciona bien?
error-bb-no-reason = sin motivo
error-bb-no-host = no se encontró su nombre de host
error-bb-refused-connection = se rechazó la conexión (¿está Baby Buddy en marcha?)
error-bb-tls-ca-true = el certificado del servidor está marcado como autoridad de certificación (CA:TRUE), y no puede representar también al servidor; créalo con `-addext basicConstraints=critical,CA:FALSE`, o haz que lo firme una CA tuya (mkcert, Caddy) e indica esa CA en `ca_file`
error-bb-tls-own-ca = { $why }; ¿es `ca_file` el certificado que usa el servidor, o la CA que lo firmó?
error-bb-tls = { $why }; para un servidor con un certificado propio, indica ese certificado en `ca_file`

## Las notas de la carpeta de estado al empezar una sesión

error-set-aside = se apartó en la carpeta de estado una sesión en marcha que no se podía leer ({ $reason })
error-unsaved-now-saved = tu última sesión ya está guardada
error-unsaved-still = tu última sesión sigue apartada; no se pudo guardar: { $why }
error-not-toml = no se puede escribir como TOML: { $why }

## Las respuestas de la sesión en marcha a una petición que no puede atender

error-socket-too-slow = ninguna petición en un segundo
error-socket-not-a-request = no es una petición de letdown
error-socket-closing = letdown se está cerrando

## Una celda de una importación que no se puede leer

error-import-cell = { $column }: `{ $text }` no es { $expected ->
    [seconds] un número de segundos
    [sides] un lado (left, right o -) por cada bajada
    [experiment] el nombre de un experimento junto con su variante (a o b)
    [side] left, right o -
   *[datetime] una fecha y hora con su desfase UTC
}

## Lo que admite la tabla [keys]

error-config-keys-table = una tabla de acciones y sus teclas

## Un archivo de sesión que no se puede leer

error-journal-cut = no contiene ninguna entrada entera (se cortó mientras se escribía)
error-not-a-session-file = no es un archivo de sesión
