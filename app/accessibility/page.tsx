import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Accessibility statement" };

export default function AccessibilityPage() {
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">Accessibility statement</h1>
        <p className="mt-2 text-slate-600">
          Rounds aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA, so that clinicians who use a screen
          reader, a keyboard, high zoom or a phone can take part in every case, discussion and conference.
        </p>
      </header>

      <section aria-labelledby="tested" className="space-y-2">
        <h2 id="tested" className="text-lg font-semibold">What is tested, and how</h2>
        <p>Every change runs these checks in the end-to-end test suite, against the production build in Chromium:</p>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <strong>Automated rules</strong>: axe-core (the WCAG 2.0, 2.1 and 2.2 A and AA rules) on every page, signed out and
            signed in as each kind of account (resident, clinician, team owner and coordinator, educator, administrator), at desktop
            width and at a 390 px phone width. No violation of any impact is accepted.
          </li>
          <li>
            <strong>The states people meet</strong>: forms with errors shown, the de-identification warning on the case form, open
            menus (diagnosis and mention suggestions), the vote distribution, empty pages, and a live conference at every stage on
            the presenter&apos;s screen and on an audience phone.
          </li>
          <li>
            <strong>Keyboard only</strong>: signing in, opening a case, posting a comment and a reply, committing a differential and
            voting, presenting a conference with its shortcuts (→ to step, V to open and close the vote, R to reveal) and following and voting from the audience, and writing a case
            with two studies, without a mouse. The focus must be visible at every stop and is never lost when a form closes or a
            live update arrives. A &quot;Skip to content&quot; link is the first stop on every page.
          </li>
          <li>
            <strong>Reflow</strong>: every page at 320 CSS pixels wide (the width of a 1280 px window at 400% zoom) without scrolling
            sideways.
          </li>
        </ul>
      </section>

      <section aria-labelledby="design" className="space-y-2">
        <h2 id="design" className="text-lg font-semibold">How the pages are built for it</h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>Links inside text are underlined; colours of text, badges and buttons meet the AA contrast ratios.</li>
          <li>
            New comments, votes, differentials and conference stage changes are announced politely to screen readers, without
            announcing what others are typing.
          </li>
          <li>Charts (the vote distribution, how the room&apos;s thinking moved by stage) come with the same figures as text or a table.</li>
          <li>Animations stop when the operating system asks for reduced motion.</li>
          <li>
            Text can be enlarged to 200% (checked on the dashboard, the library, a case, the case form, the conferences list and
            this page); sizes are relative, so the layout follows.
          </li>
        </ul>
      </section>

      <section aria-labelledby="limits" className="space-y-2">
        <h2 id="limits" className="text-lg font-semibold">Known limitations</h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            The checks are automated and run in one browser (Chromium). The pages have not yet been reviewed by people who use
            screen readers day to day, nor tested with JAWS, NVDA, VoiceOver or TalkBack.
          </li>
          <li>
            Imaging is visual by nature: a study&apos;s images carry text alternatives and the written findings, but the images
            themselves cannot be read without sight.
          </li>
          <li>The printed minutes are checked as a web page, not as a printed or PDF document.</li>
          <li>
            Not yet checked automatically: the idle sign-out warning, the image stack viewer in full screen, and the projector
            screen at each stage (the presenter&apos;s and the audience&apos;s screens are).
          </li>
          <li>Automated rules find only part of the problems a person would; a full manual WCAG 2.2 audit has not been done.</li>
        </ul>
      </section>

      <section aria-labelledby="contact" className="space-y-2">
        <h2 id="contact" className="text-lg font-semibold">Tell us</h2>
        <p>
          If something is hard to use with your setup, tell the administrator of your Rounds installation, or the team that runs it.
          You can still take part: the <Link className="text-brand-700 underline underline-offset-2" href="/cases">case library</Link> and
          each case&apos;s discussion work without a pointer, and every action is a plain form.
        </p>
      </section>
    </article>
  );
}
