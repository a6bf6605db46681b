# coach: las palabras propias de la guía, como las dice config/default.toml.
# Una fase, indicación, estímulo o descripción de plan cuyo texto es
# exactamente uno de estos se lee en el idioma de la usuaria; lo que ella
# escribió se lee tal cual.

## Nombres de las fases, por el nombre de la fase.

coach-phase-massage = Masaje
coach-phase-warm-compress = Compresa tibia
coach-phase-baby-photo = Foto del bebé
coach-phase-relax = Calma
coach-phase-pump = Extracción
coach-phase-rest = Descanso
coach-phase-pump-again = Otra extracción
coach-phase-rest-again = Otro descanso
coach-phase-last-pump = Última extracción
coach-phase-compress-while-pumping = Compresión mientras extraes
coach-phase-hand-expression = Extracción a mano

## Indicaciones de las fases, por id del plan y nombre de la fase.

coach-prompt-standard-massage = Masajea con suavidad cada pecho hacia el pezón y luego haz rodar los pezones con ligereza.
coach-prompt-standard-warm-compress = Un paño tibio y húmedo o una almohadilla térmica sobre los pechos. Deja que el calor te envuelva.
coach-prompt-standard-baby-photo = Mira a tu bebé. Una foto, un vídeo o el olor de su ropa ayudan.
coach-prompt-standard-relax = Respira despacio con el ritmo. Deja caer los hombros.
coach-prompt-standard-pump = Sigue extrayendo y pulsa en cada bajada. Lo estás haciendo bien.
coach-prompt-power-pump = Extrae durante 20 minutos. Pulsa en cada bajada.
coach-prompt-power-rest = Descansa. El sacaleches puede seguir puesto o quitarse; ahora no hace falta extraer.
coach-prompt-power-pump-again = Extrae durante 10 minutos.
coach-prompt-power-rest-again = Descansa otra vez. Bebe un poco de agua.
coach-prompt-power-last-pump = Extrae 10 minutos más y habrás terminado. Muy bien.
# «n» es la tecla que pasa a la fase siguiente.
coach-prompt-hands-on-massage = Masajea con suavidad cada pecho hacia el pezón antes de empezar.
coach-prompt-hands-on-pump = Extrae hasta que el flujo baje; entonces pulsa n.
coach-prompt-hands-on-compress-while-pumping = Sigue extrayendo mientras masajeas y comprimes cada pecho, rodeándolo.
coach-prompt-hands-on-hand-expression = Termina a mano: presiona hacia atrás, luego comprime y rueda hacia el pezón.

## Indicaciones de los estímulos, por id del estímulo; también las señales del sacaleches.

coach-trigger-massage = Prueba un masaje suave hacia el pezón.
coach-trigger-warm-compress = Prueba un paño tibio y húmedo sobre los pechos.
coach-trigger-photo = Mira una foto o un vídeo de tu bebé.
coach-trigger-imagine = Cierra los ojos e imagina a tu bebé: su cara, su peso en tus brazos.
coach-trigger-smell = Huele algo que haya llevado tu bebé.
coach-trigger-breathe = Suelta el aire despacio y deja caer los hombros.
coach-trigger-back-rub = Un masaje en los hombros o la espalda, de alguien cercano o con tus propias manos.
coach-trigger-nipple-roll = Haz rodar con suavidad los pezones entre los dedos.
coach-trigger-water = Bebe un poco de agua.
coach-trigger-pump-mode = Pon el sacaleches en su modo de bajada o estimulación durante un minuto.
coach-trigger-expression-mode = La leche fluye: pon el sacaleches en su modo de extracción.
coach-trigger-stimulation-mode = Pon el sacaleches en su modo de estimulación (bajada) durante un minuto, para llamar a otra bajada.

## Descripciones de los planes, por id del plan.

coach-plan-power = Una hora de extracciones y descansos para aumentar la producción, una vez al día durante unos días.
coach-plan-hands-on = Masaje, extracción, luego masaje y compresión mientras extraes; termina a mano.
