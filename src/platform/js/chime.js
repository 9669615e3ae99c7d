// The workshop timer's chime (src/platform/chime_web.cpp).
mergeInto(LibraryManager.library, {
  // One AudioContext for the page, made on the user's click (the autoplay rule allows it then).
  prepareAudio__sig: 'v',
  prepareAudio: function () {
    const Ctx = window.AudioContext || window.webkitAudioContext;
    if (!Ctx) return;
    if (!Module["waymarkAudio"]) Module["waymarkAudio"] = new Ctx();
    if (Module["waymarkAudio"].state === "suspended") Module["waymarkAudio"].resume();
  },
  // Two soft sine tones (a rising fifth) that swell in and fade over two seconds: calm, not an alarm.
  playChime__sig: 'v',
  playChime: function () {
    const audio = Module["waymarkAudio"];
    if (!audio) return;
    const start = audio.currentTime + 0.05;
    [[523.25, 0], [783.99, 0.35]].forEach(([frequency, delay]) => {
      const tone = audio.createOscillator();
      const volume = audio.createGain();
      tone.type = "sine";
      tone.frequency.value = frequency;
      volume.gain.setValueAtTime(0, start + delay);
      volume.gain.linearRampToValueAtTime(0.18, start + delay + 0.08);
      volume.gain.exponentialRampToValueAtTime(0.001, start + delay + 2.0);
      tone.connect(volume).connect(audio.destination);
      tone.start(start + delay);
      tone.stop(start + delay + 2.1);
    });
  },
});
