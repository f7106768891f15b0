/** A time zone chooser that needs no script and reads the same in every browser: a select, one group per region. */
import type { FC } from "hono/jsx";
import { zoneGroups } from "./time.js";

export interface TimeZoneSelectProps {
  id: string;
  name: string;
  zones: readonly string[];
  /** The zone selected; "" selects the first entry, `prompt`. */
  selected: string;
  /** The first entry, with the value "": what choosing nothing means. */
  prompt: string;
  describedBy?: string;
}

export const TimeZoneSelect: FC<TimeZoneSelectProps> = ({ id, name, zones, selected, prompt, describedBy }) => (
  <select id={id} name={name} aria-describedby={describedBy}>
    <option value="" selected={selected === ""}>
      {prompt}
    </option>
    {zoneGroups(zones).map((group) =>
      group.region === "" ? (
        group.zones.map((z) => (
          <option value={z.value} selected={z.value === selected}>
            {z.label}
          </option>
        ))
      ) : (
        <optgroup label={group.region}>
          {group.zones.map((z) => (
            <option value={z.value} selected={z.value === selected}>
              {z.label}
            </option>
          ))}
        </optgroup>
      ),
    )}
  </select>
);
