// Onboarding: upload a resume with progress, read and correct the profile, set objectives,
// import contacts (row-level errors shown) and simulate the matches.
import { call, upload } from "./api.js";
import { clear, errorText, field, h, report, toast, when } from "./ui.js";

const list = (text) =>
  text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

export async function renderOnboarding(main) {
  const resume = h("section", { class: "card", "aria-labelledby": "resume-title" });
  const profile = h("section", { class: "card", "aria-labelledby": "profile-title" });
  const objectives = h("section", { class: "card", "aria-labelledby": "objectives-title" });
  const contacts = h("section", { class: "card", "aria-labelledby": "import-title" });
  const simulation = h("section", { class: "card", "aria-labelledby": "simulate-title" });
  clear(
    main,
    h("h1", {}, "Onboarding"),
    h("div", { class: "stack" }, resume, profile, objectives, contacts, simulation),
  );
  drawResume(resume, () => drawProfile(profile));
  await Promise.all([drawProfile(profile), drawObjectives(objectives)]);
  drawImport(contacts);
  drawSimulation(simulation);
}

function drawResume(box, onParsed) {
  const file = h("input", { id: "resume-file", type: "file", accept: ".pdf,.docx,.txt,.md" });
  const bar = h("progress", { id: "resume-progress", max: 1, value: 0, hidden: true, "aria-label": "Upload progress" });
  const out = h("div", { id: "resume-result", "aria-live": "polite" });
  const send = async (event) => {
    event.preventDefault();
    if (!file.files.length) return toast("Choose a resume file first", "error");
    const form = new FormData();
    form.append("file", file.files[0]);
    bar.hidden = false;
    bar.value = 0;
    clear(out, h("p", {}, "Uploading…"));
    try {
      const accepted = await upload("upload_resume", form, (fraction) => (bar.value = fraction));
      bar.value = 1;
      clear(out, h("p", {}, "Reading the resume…"));
      let status = accepted;
      for (let i = 0; i < 120 && status.status === "processing"; i++) {
        await new Promise((r) => setTimeout(r, 1000));
        status = await call("get_resume_status", { params: { upload_id: accepted.upload_id } });
      }
      if (status.status === "complete") {
        clear(
          out,
          h("p", { class: "ok" }, `Read ${status.filename}.`),
          status.warnings && status.warnings.length
            ? h("ul", { class: "warnings", "aria-label": "Warnings" }, status.warnings.map((w) => h("li", {}, w)))
            : null,
          status.kept_fields && status.kept_fields.length
            ? h("p", { class: "muted" }, `Kept your corrections of: ${status.kept_fields.join(", ")}`)
            : null,
        );
        onParsed();
      } else if (status.status === "failed") {
        clear(out, h("p", { class: "error", role: "alert" }, status.error || "The resume could not be read"));
      } else clear(out, h("p", {}, "Still reading: the profile below fills in when it is done."));
    } catch (error) {
      clear(out, h("p", { class: "error", role: "alert" }, errorText(error)));
    }
  };
  clear(
    box,
    h("h2", { id: "resume-title" }, "Resume"),
    h("form", { onsubmit: send }, field("Resume (PDF, DOCX or text, up to 5 MB)", file),
      h("button", { type: "submit", class: "primary" }, "Upload")),
    bar,
    out,
  );
}

async function drawProfile(box) {
  let profile;
  try {
    profile = await call("get_profile");
  } catch (error) {
    if (error.status === 404) {
      clear(box, h("h2", { id: "profile-title" }, "Profile"), h("p", { class: "muted" }, "Upload a resume to build your profile."));
      return;
    }
    throw error;
  }
  const confidence = profile.confidence || {};
  const sure = (name) => {
    const value = confidence[name];
    if (value === undefined || value === null) return null;
    return h("span", { class: value < 0.6 ? "pill warn" : "pill" }, value < 0.6 ? `unsure (${value})` : `confidence ${value}`);
  };
  const save = async (patch, what) => {
    try {
      await call("correct_profile", { body: patch });
      toast(`${what} saved: drafts use it from now on`);
      await drawProfile(box);
    } catch (error) {
      toast(errorText(error), "error");
    }
  };
  const line = (name, label) => {
    const input = h("input", { id: `profile-${name}`, type: name === "email" ? "email" : "text", value: profile[name] || "" });
    return h(
      "form",
      { class: "inline", onsubmit: (e) => (e.preventDefault(), save({ [name]: input.value.trim() || null }, label)) },
      field(label, input),
      sure(name),
      h("button", { type: "submit" }, `Save ${label.toLowerCase()}`),
    );
  };
  const skills = h("textarea", { id: "profile-skills", rows: 3 });
  skills.value = (profile.skills || []).join(", ");
  const jobs = (profile.experience || []).map((job, i) => {
    const title = h("input", { id: `job-${i}-title`, type: "text", value: job.title || "" });
    const company = h("input", { id: `job-${i}-company`, type: "text", value: job.company || "" });
    const start = h("input", { id: `job-${i}-start`, type: "text", value: job.start || "" });
    const end = h("input", { id: `job-${i}-end`, type: "text", value: job.end || "" });
    return { job, title, company, start, end, el: h("fieldset", { class: "grid" }, h("legend", {}, `Job ${i + 1}`), field("Title", title), field("Company", company), field("Start", start), field("End", end)) };
  });
  const schools = (profile.education || []).map((school, i) => {
    const degree = h("input", { id: `edu-${i}-degree`, type: "text", value: school.degree || "" });
    const university = h("input", { id: `edu-${i}-university`, type: "text", value: school.university || "" });
    const year = h("input", { id: `edu-${i}-year`, type: "number", min: 1900, max: 2100, value: school.year ?? "" });
    return { school, degree, university, year, el: h("fieldset", { class: "grid" }, h("legend", {}, `Education ${i + 1}`), field("Degree", degree), field("University", university), field("Year", year)) };
  });
  const orNull = (v) => v.value.trim() || null;
  clear(
    box,
    h("h2", { id: "profile-title" }, "Profile"),
    profile.corrected_fields && profile.corrected_fields.length
      ? h("p", { class: "muted" }, `Corrected by you: ${profile.corrected_fields.join(", ")}`)
      : null,
    line("name", "Name"),
    line("email", "Email"),
    line("phone", "Phone"),
    h(
      "form",
      { onsubmit: (e) => (e.preventDefault(), save({ skills: list(skills.value) }, "Skills")) },
      field("Skills (comma-separated)", skills),
      sure("skills"),
      h("button", { type: "submit" }, "Save skills"),
    ),
    h(
      "form",
      {
        onsubmit: (e) => {
          e.preventDefault();
          const experience = jobs.map(({ job, title, company, start, end }) => ({
            ...job, title: orNull(title), company: orNull(company), start: orNull(start), end: orNull(end),
          }));
          save({ experience }, "Experience");
        },
      },
      h("h3", {}, "Experience ", sure("experience")),
      jobs.length ? jobs.map((j) => j.el) : h("p", { class: "muted" }, "No jobs were found in the resume."),
      jobs.length ? h("button", { type: "submit" }, "Save experience") : null,
    ),
    h(
      "form",
      {
        onsubmit: (e) => {
          e.preventDefault();
          const education = schools.map(({ school, degree, university, year }) => ({
            ...school, degree: orNull(degree), university: orNull(university), year: year.value ? Number(year.value) : null,
          }));
          save({ education }, "Education");
        },
      },
      h("h3", {}, "Education ", sure("education")),
      schools.length ? schools.map((s) => s.el) : h("p", { class: "muted" }, "No education was found in the resume."),
      schools.length ? h("button", { type: "submit" }, "Save education") : null,
    ),
    h("p", { class: "muted" }, `Updated ${when(profile.updated_at)}`),
  );
}

async function drawObjectives(box) {
  let saved = null;
  try {
    saved = await call("get_objectives");
  } catch (error) {
    if (error.status !== 404) throw error;
  }
  const roles = h("input", { id: "objectives-roles", type: "text", value: (saved?.target_roles || []).join(", ") });
  const companies = h("input", { id: "objectives-companies", type: "text", value: (saved?.target_companies || []).join(", ") });
  const places = h("input", { id: "objectives-locations", type: "text", value: (saved?.locations || []).join(", ") });
  const strict = h("input", { id: "objectives-strict", type: "checkbox", checked: Boolean(saved?.strict_locations) });
  const noCompanies = h("input", { id: "objectives-exclude-companies", type: "text", value: (saved?.exclusions?.companies || []).join(", ") });
  const noWords = h("input", { id: "objectives-exclude-keywords", type: "text", value: (saved?.exclusions?.keywords || []).join(", ") });
  const out = h("p", { "aria-live": "polite" });
  const send = async (event) => {
    event.preventDefault();
    const body = {
      target_roles: list(roles.value),
      target_companies: list(companies.value),
      locations: list(places.value),
      strict_locations: strict.checked,
      exclusions: { companies: list(noCompanies.value), keywords: list(noWords.value) },
    };
    await report(out, () => call("save_objectives", { body }), "Saved: matching runs again with these.");
  };
  clear(
    box,
    h("h2", { id: "objectives-title" }, "Objectives"),
    h(
      "form",
      { onsubmit: send },
      field("Target roles (comma-separated)", roles, "At least one"),
      field("Target companies", companies),
      field("Locations", places),
      h("div", { class: "check" }, strict, h("label", { for: "objectives-strict" }, "Only contacts whose location is known to match")),
      field("Never contact people at", noCompanies),
      field("Exclude titles or notes with", noWords),
      h("button", { type: "submit", class: "primary" }, "Save objectives"),
    ),
    out,
  );
}

function drawImport(box) {
  const file = h("input", { id: "import-file", type: "file", accept: ".csv,text/csv" });
  const out = h("div", { id: "import-result", "aria-live": "polite" });
  const send = async (event) => {
    event.preventDefault();
    if (!file.files.length) return toast("Choose a CSV file first", "error");
    const form = new FormData();
    form.append("file", file.files[0]);
    try {
      const summary = await call("import_contacts", { form });
      clear(
        out,
        h("p", { class: "ok" }, `${summary.imported} imported, ${summary.updated} updated, ${summary.skipped} skipped (${summary.rows} rows, ${summary.format} format).`),
        summary.errors.length
          ? h(
              "table",
              { class: "errors" },
              h("caption", {}, `Rows with problems (${summary.error_count})`),
              h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Row"), h("th", { scope: "col" }, "Problem"))),
              h("tbody", {}, summary.errors.map((e) => h("tr", {}, h("td", {}, String(e.row)), h("td", {}, e.reason)))),
            )
          : null,
      );
    } catch (error) {
      clear(out, h("p", { class: "error", role: "alert" }, errorText(error)));
    }
  };
  clear(
    box,
    h("h2", { id: "import-title" }, "Contacts"),
    h("p", { class: "muted" }, "A LinkedIn connections export or any CSV with name and email columns."),
    h("form", { onsubmit: send }, field("Contacts CSV", file), h("button", { type: "submit", class: "primary" }, "Import")),
    out,
  );
}

function drawSimulation(box) {
  const out = h("div", { id: "simulate-result", "aria-live": "polite" });
  const run = async () => {
    clear(out, h("p", {}, "Matching…"));
    try {
      const result = await call("simulate");
      clear(
        out,
        h("p", {}, `${result.estimated_matches} matches, ${result.reachable_matches} with an email address (confidence: ${result.confidence}).`),
        result.sample_matches ? h("p", { class: "muted" }, `${result.sample_matches} of them are generated sample contacts, never mailed.`) : null,
        h(
          "ul",
          { class: "samples" },
          result.sample_contacts.map((c) =>
            h("li", {}, h("strong", {}, c.name), ` — ${[c.title, c.company].filter(Boolean).join(", ")}`, h("br"), h("small", {}, c.reason)),
          ),
        ),
      );
    } catch (error) {
      clear(out, h("p", { class: "error", role: "alert" }, errorText(error)));
    }
  };
  clear(
    box,
    h("h2", { id: "simulate-title" }, "Who would be contacted"),
    h("button", { type: "button", id: "simulate", onclick: run }, "Run the simulation"),
    out,
  );
}
