#pragma once
// The workshop timer's signal at the end: a soft chime. Browsers let a page make sound only
// after the user interacted with it, so the sound is prepared on the click that starts the timer.
// The web side is chime_web.cpp (WebAudio); tests record the calls.

namespace waymark::platform {

class Chime {
public:
    virtual ~Chime() = default;
    // Called from the user's click that starts a timer: makes (or resumes) what plays the sound.
    virtual void prepare() = 0;
    // Plays the chime once (nothing when prepare never ran or sound is not available).
    virtual void ring() = 0;
};

// The browser's chime (WebAudio).
Chime& webChime();

}  // namespace waymark::platform
