# coach: the coach's built-in words, as config/default.toml words them. A
# phase, prompt, trigger or plan description whose text is exactly one of
# these reads in the user's language; one the user wrote reads as written.
# Each English message is the built-in text itself (a test holds them equal).

## Phase names, by the phase's name.

coach-phase-massage = Massage
coach-phase-warm-compress = Warm compress
coach-phase-baby-photo = Baby photo
coach-phase-relax = Relax
coach-phase-pump = Pump
coach-phase-rest = Rest
coach-phase-pump-again = Pump again
coach-phase-rest-again = Rest again
coach-phase-last-pump = Last pump
coach-phase-compress-while-pumping = Compress while pumping
coach-phase-hand-expression = Hand expression

## Phase prompts, by plan id and phase name.

coach-prompt-standard-massage = Gently massage each breast toward the nipple, then roll the nipples lightly.
coach-prompt-standard-warm-compress = A warm, moist cloth or a heat pad on your breasts. Let the warmth sink in.
coach-prompt-standard-baby-photo = Look at your baby. A photo, a video, or the smell of their clothes all help.
coach-prompt-standard-relax = Breathe slowly with the pacer. Let your shoulders drop.
coach-prompt-standard-pump = Keep pumping, and tap at each let-down. You are doing well.
coach-prompt-power-pump = Pump for 20 minutes. Tap at each let-down.
coach-prompt-power-rest = Rest. The pump can stay on or come off; no need to pump now.
coach-prompt-power-pump-again = Pump for 10 minutes.
coach-prompt-power-rest-again = Rest again. Have a drink of water.
coach-prompt-power-last-pump = Pump for 10 more minutes, then you are done. Well done.
# "n" is the key that goes to the next phase.
coach-prompt-hands-on-massage = Massage each breast gently toward the nipple before you start.
coach-prompt-hands-on-pump = Pump until the flow slows; press n when it has.
coach-prompt-hands-on-compress-while-pumping = Keep pumping and massage and compress each breast, moving around it.
coach-prompt-hands-on-hand-expression = Finish by hand: press back, then compress and roll toward the nipple.

## Trigger prompts, by trigger id; the pump-mode cues too.

coach-trigger-massage = Try a gentle massage toward the nipple.
coach-trigger-warm-compress = Try a warm, moist cloth on your breasts.
coach-trigger-photo = Take a look at your baby's photo or a video.
coach-trigger-imagine = Close your eyes and picture your baby: their face, their weight in your arms.
coach-trigger-smell = Smell something your baby has worn.
coach-trigger-breathe = Breathe out slowly and let your shoulders drop.
coach-trigger-back-rub = A shoulder or back rub, from someone nearby or your own hands.
coach-trigger-nipple-roll = Gently roll your nipples between your fingers.
coach-trigger-water = Have a drink of water.
coach-trigger-pump-mode = Switch your pump to its let-down or stimulation mode for a minute.
coach-trigger-expression-mode = Milk is flowing: switch the pump to its expression mode.
coach-trigger-stimulation-mode = Switch the pump to its stimulation (let-down) mode for a minute, to call another let-down.

## Plan descriptions, by plan id.

coach-plan-power = An hour of pumps and rests to build supply, once a day for a few days.
coach-plan-hands-on = Massage, pump, then massage and compress while pumping; finish by hand.
