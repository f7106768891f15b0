/** The settings form keeps the reminders switch: a save never turns reminders back on or off by itself. */
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/settings.js";
import { formToSettings, readSettingsForm, settingsToForm } from "../../src/web/settings-form.js";

/** The form as the browser submits it: every field as text, a checkbox only when ticked. */
function submitted(form: ReturnType<typeof settingsToForm>) {
  const { reminders, disabledRules, ...text } = form;
  return { ...text, disabledRules, ...(reminders === "on" ? { reminders: "on" } : {}) };
}

describe("settings form: reminders", () => {
  it.each([true, false])("reminders %s survive a save of the form unchanged", (reminders) => {
    const settings = { ...DEFAULT_SETTINGS, reminders };
    const result = formToSettings(readSettingsForm(submitted(settingsToForm(settings))));
    expect(result).toEqual({ ok: true, settings });
  });

  it("a ticked box turns them on, an unticked one off", () => {
    const form = settingsToForm(DEFAULT_SETTINGS);
    expect(formToSettings(readSettingsForm({ ...submitted(form), reminders: "on" }))).toMatchObject({ settings: { reminders: true } });
    const { reminders: _, ...unticked } = submitted(form);
    expect(formToSettings(readSettingsForm(unticked))).toMatchObject({ settings: { reminders: false } });
  });
});
