# VCCR arts. 37-39: information in cases of deaths, guardianship or
# trusteeship, wrecks and air accidents; communication with the authorities
# of the receiving State; consular fees and charges.
#
# Art. 58(1) applies all three articles to posts headed by honorary
# consular officers.

# ---------------------------------------------------------------- Article 37
# "If the relevant information is available to the competent authorities of
#  the receiving State, such authorities shall have the duty: ..."
#
# Facts: the `death`, `guardianship_case` or `wreck` event, with
# information_available (the authorities had the relevant information when
# it happened) or, where they learned it later, an `information_obtained`
# event concerning it; the `notification` to the consular post concerning
# the event (occurred: false if none was made).

define relevant_information_available(e) "The relevant information was available to the competent authorities"
  cites VCCR 37(a), VCCR 37(b), VCCR 37(c), VCCR 37
  text "If the relevant information is available to the competent authorities of the receiving State, such authorities shall have the duty:"
  means e.information_available = true or some information_obtained as k where (k.concerning = e)
  note "The duty depends on what the authorities knew: that the event happened and that it concerned a national (or a vessel or aircraft) of the sending State. They need not investigate nationality beyond what is available to them."
end

define post_informed_of_event_without_delay(e) "The consular post was informed of the event without delay"
  cites VCCR 37(a), VCCR 37(b), VCCR 37(c)
  means some notification as n where (
          n.concerning = e and (n.subject is unknown or n.subject = e.subject)
          and n.recipient in {consular_post, head_of_post, diplomatic_mission}
          and (time from e to n meets without_delay
               or (n.without_delay is unknown and e.information_available = false
                   and some information_obtained as k where (k.concerning = e and time from k to n meets without_delay))))
  note "'Without delay' runs from the event, or from when the authorities obtained the information if it was not available at once. The consular section of the mission counts where it exercises the consular functions (art. 70)."
end

rule vccr.37.a "Death of a national: inform the consular post without delay"
  cites VCCR 37(a)
  text "in the case of the death of a national of the sending State, to inform without delay the consular post in whose district the death occurred;"
  duty on receiving_state
  owed to sending_state
  for each death as d
  applies when d.subject.nationality = sending_state
  violated when not post_informed_of_event_without_delay(d) and relevant_information_available(d)
  note "Any death of a national in the district: in custody, in an accident, in hospital. The post learns of it so that it can exercise its functions in succession (art. 5(g)) and assist the family."
end

rule vccr.37.b "Guardianship or trusteeship of a minor or incapable national: inform the competent consular post without delay"
  cites VCCR 37(b)
  text "to inform the competent consular post without delay of any case where the appointment of a guardian or trustee appears to be in the interests of a minor or other person lacking full capacity who is a national of the sending State."
  duty on receiving_state
  owed to sending_state
  for each guardianship_case as g
  applies when g.subject.nationality = sending_state
  violated when not post_informed_of_event_without_delay(g) and relevant_information_available(g)
  note "The duty arises as soon as an appointment appears to be in the interests of the minor or incapable national (child-protection proceedings, a placement in care), not only once a guardian is appointed."
  note "'Without prejudice to the operation of the laws and regulations of the receiving State concerning such appointments': informing the post does not suspend the proceedings, and the post's involvement (art. 5(h)) stays within those laws. No exception to the duty to inform follows from it."
end

rule vccr.37.c "Wreck, grounding or air accident: inform the nearest consular post without delay"
  cites VCCR 37(c)
  text "if a vessel, having the nationality of the sending State, is wrecked or runs aground in the territorial sea or internal waters of the receiving State, or if an aircraft registered in the sending State suffers an accident on the territory of the receiving State, to inform without delay the consular post nearest to the scene of the occurrence."
  duty on receiving_state
  owed to sending_state
  for each wreck as w
  applies when w.craft_of_sending_state = true and w.in_receiving_state = true
  violated when not post_informed_of_event_without_delay(w) and relevant_information_available(w)
  note "A vessel having the sending State's nationality (its flag), or an aircraft registered there; a wreck or grounding in the territorial sea or internal waters, or an air accident on the territory (its airspace included). The post to inform is the one nearest to the scene; the rule does not check which post was informed."
end

# ---------------------------------------------------------------- Article 38
# "In the exercise of their functions, consular officers may address:
#  (a) the competent local authorities of their consular district;
#  (b) the competent central authorities of the receiving State if and to
#  the extent that this is allowed by the laws, regulations and usages of the
#  receiving State or by the relevant international agreements."

rule vccr.38.a "Consular officers may address the competent local authorities of their consular district"
  cites VCCR 38(a), VCCR 38
  text "In the exercise of their functions, consular officers may address: ... the competent local authorities of their consular district;"
  duty on receiving_state
  owed to sending_state
  for each address_to_authorities as a
  applies when a.authority_level = local and a.subject.status = consular_officer
           and a.within_consular_district = true
  violated when a.refused = true
  note "The officer need not go through the diplomatic mission or the Ministry for Foreign Affairs to address local authorities (police, prisons, courts, registries) of his district on matters within his functions; a refusal to receive or deal with him for that reason is the breach. The authorities need not grant what he asks."
end

rule vccr.38.b "Consular officers may address the competent central authorities where the receiving State's laws, usages or agreements allow"
  cites VCCR 38(b)
  text "the competent central authorities of the receiving State if and to the extent that this is allowed by the laws, regulations and usages of the receiving State or by the relevant international agreements."
  duty on receiving_state
  owed to sending_state
  for each address_to_authorities as a
  applies when a.authority_level = central and a.subject.status = consular_officer
           and a.allowed_by_law_or_agreement = true
  violated when a.refused = true
  note "Only if and to the extent that the receiving State's laws, regulations and usages or an agreement allow it; otherwise the central authorities may insist on the diplomatic channel."
end

# ---------------------------------------------------------------- Article 39
# "1. The consular post may levy in the territory of the receiving State the
#  fees and charges provided by the laws and regulations of the sending State
#  for consular acts.
#  2. The sums collected in the form of the fees and charges referred to in
#  paragraph 1 of this Article, and the receipts for such fees and charges,
#  shall be exempt from all dues and taxes in the receiving State."

rule vccr.39.1 "The consular post may levy the fees and charges provided by the sending State's laws for consular acts"
  cites VCCR 39(1)
  text "The consular post may levy in the territory of the receiving State the fees and charges provided by the laws and regulations of the sending State for consular acts."
  duty on receiving_state
  owed to sending_state
  for each interference_with_consular_fees as f
  applies when agent_of_receiving_state(f) and consular_post(f.subject)
  violated when f.provided_by_sending_state_law = true
  note "Fees for consular acts (passports, visas, notarial acts) fixed by the sending State's laws may be levied; the receiving State may not prohibit or penalise their collection. Charges not provided by those laws, or for acts that are not consular acts, are outside the right."
end

rule vccr.39.2 "Consular fees and charges, and their receipts, exempt from all dues and taxes"
  cites VCCR 39(2)
  text "The sums collected in the form of the fees and charges referred to in paragraph 1 of this Article, and the receipts for such fees and charges, shall be exempt from all dues and taxes in the receiving State."
  duty on receiving_state
  owed to sending_state
  for each taxation as t
  applies when t.by = receiving_state and consular_post(t.subject) and t.on_official_fees = true
  violated when true
  note "Facts: the taxation with the consular post as `subject` and on_official_fees: true (a tax or stamp duty on the fees collected or on their receipts). The text has no exception, not even for payment for specific services."
end
