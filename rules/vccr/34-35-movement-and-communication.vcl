# VCCR arts. 34 and 35: freedom of movement, freedom of communication, the
# consular bag and the consular courier.
#
# Art. 58(1) applies both articles to posts headed by honorary consular
# officers (art. 58(4) limits the exchange of bags between two such posts).

# ---------------------------------------------------------------- Article 34
# "Subject to its laws and regulations concerning zones entry into which is
#  prohibited or regulated for reasons of national security, the receiving
#  State shall ensure freedom of movement and travel in its territory to all
#  members of the consular post."

rule vccr.34 "Freedom of movement and travel of all members of the consular post"
  cites VCCR 34
  text "the receiving State shall ensure freedom of movement and travel in its territory to all members of the consular post."
  duty on receiving_state
  owed to sending_state, "the member of the consular post"
  for each restriction_of_movement as r
  applies when member_of_post_by_status(r.subject) and not national_or_resident_of_receiving_state(r.subject)
  violated when agent_of_receiving_state(r)
  authority "ICJ, United States Diplomatic and Consular Staff in Tehran (United States of America v. Iran), Judgment, I.C.J. Reports 1980, p. 3"
  note "Members of the post who are nationals or permanent residents of the receiving State have only what art. 71 gives them (for consular officers: immunity and inviolability for official acts and art. 44(3)); freedom of movement is not among it. Arrest or detention of a consular officer is judged under art. 41."
  note "A restriction applied to the sending State's posts by reciprocity (e.g. a duty to notify travel beyond a radius) is examined under art. 72(2)(a) for discrimination; it remains a restriction under art. 34."
end

exception vccr.34.security-zones "Zones prohibited or regulated for reasons of national security"
  cites VCCR 34
  text "Subject to its laws and regulations concerning zones entry into which is prohibited or regulated for reasons of national security"
  to vccr.34
  gives compliant
  when r.security_zone = true
  note "Only zones defined by laws and regulations for reasons of national security; a general ban on travel, or a zone drawn so wide that it nullifies the freedom, is not covered."
end

# ---------------------------------------------------------------- Article 35(1)
# "The receiving State shall permit and protect freedom of communication on
#  the part of the consular post for all official purposes. In communicating
#  with the Government, the diplomatic missions and other consular posts,
#  wherever situated, of the sending State, the consular post may employ all
#  appropriate means, including diplomatic or consular couriers, diplomatic or
#  consular bags and messages in code or cipher. However, the consular post
#  may install and use a wireless transmitter only with the consent of the
#  receiving State."

rule vccr.35.1 "Free communication of the consular post for all official purposes"
  cites VCCR 35(1)
  text "The receiving State shall permit and protect freedom of communication on the part of the consular post for all official purposes."
  duty on receiving_state
  owed to sending_state
  for each communication_interference as c
  applies when c.post is known and c.official_purpose = true
  violated when agent_of_receiving_state(c)
  note "The post may use all appropriate means, couriers, bags and messages in code or cipher included, to communicate with the Government, the diplomatic missions and the other consular posts of the sending State, wherever situated."
  note "The duty to 'protect' the communications against interference by others is not encoded: the facts have no measure of the steps the receiving State took."
end

exception vccr.35.1.wireless-transmitter "Wireless transmitter installed or used without the consent of the receiving State"
  cites VCCR 35(1)
  text "However, the consular post may install and use a wireless transmitter only with the consent of the receiving State."
  to vccr.35.1
  gives compliant
  when c.means = wireless_transmitter and c.transmitter_consent = false
end

# ---------------------------------------------------------------- Article 35(2)
# "The official correspondence of the consular post shall be inviolable.
#  Official correspondence means all correspondence relating to the consular
#  post and its functions."

define official_correspondence_of_post(x) "Official correspondence of the consular post"
  cites VCCR 35(2)
  text "Official correspondence means all correspondence relating to the consular post and its functions."
  means x.kind is known and x.kind = official_correspondence and x.post is known
end

rule vccr.35.2 "Official correspondence of the consular post inviolable"
  cites VCCR 35(2)
  text "The official correspondence of the consular post shall be inviolable. Official correspondence means all correspondence relating to the consular post and its functions."
  duty on receiving_state
  owed to sending_state
  for each communication_interference or search or seizure as c
  applies when official_correspondence_of_post(c.subject)
  violated when agent_of_receiving_state(c)
  note "Interception, opening, reading, seizure or search of the correspondence by the receiving State's agents. Unlike the archives (art. 33, career posts only), the correspondence of a post headed by an honorary officer is inviolable too (art. 58(1))."
end

# ---------------------------------------------------------------- Article 35(3)
# "The consular bag shall be neither opened nor detained. Nevertheless, if the
#  competent authorities of the receiving State have serious reason to
#  believe that the bag contains something other than the correspondence,
#  documents or articles referred to in paragraph 4 of this Article, they may
#  request that the bag be opened in their presence by an authorized
#  representative of the sending State. If this request is refused by the
#  authorities of the sending State, the bag shall be returned to its place
#  of origin."

define marked_consular_bag(x) "Consular bag: packages bearing visible external marks of their character"
  cites VCCR 35(4)
  text "The packages constituting the consular bag shall bear visible external marks of their character"
  means x.kind is known and x.kind = consular_bag and x.visible_marks = true
  note "Packages without visible external marks cannot be recognised as a consular bag and do not have its protection."
end

rule vccr.35.3 "The consular bag shall not be opened"
  cites VCCR 35(3)
  text "The consular bag shall be neither opened nor detained."
  duty on receiving_state
  owed to sending_state
  for each bag_opened as b
  applies when marked_consular_bag(b.subject)
  violated when agent_of_receiving_state(b)
  note "Unlike the diplomatic bag (VCDR 27(3), no exception), the consular bag may be opened on one condition only: serious reason to believe it holds something other than official correspondence, documents or articles, a request, and the opening by an authorised representative of the sending State in the authorities' presence. The authorities may never open it themselves."
  note "Whether scanning a bag without opening it is 'opening' is disputed among States; state it as an opening only where the bag was opened."
end

exception vccr.35.3.opened-on-request "Opened on request, with serious reason, by an authorised representative of the sending State"
  cites VCCR 35(3)
  text "Nevertheless, if the competent authorities of the receiving State have serious reason to believe that the bag contains something other than the correspondence, documents or articles referred to in paragraph 4 of this Article, they may request that the bag be opened in their presence by an authorized representative of the sending State."
  to vccr.35.3
  gives compliant
  when b.serious_reason = true and b.opening_requested = true and b.sending_state_refused = false
       and b.in_presence_of_representative = true
  note "All the conditions are needed: serious reason, a request, the sending State's agreement, and the opening by its representative in the authorities' presence."
end

rule vccr.35.3.detention "The consular bag shall not be detained"
  cites VCCR 35(3)
  text "The consular bag shall be neither opened nor detained."
  text "If this request is refused by the authorities of the sending State, the bag shall be returned to its place of origin."
  duty on receiving_state
  owed to sending_state
  for each bag_detained as b
  applies when marked_consular_bag(b.subject)
  violated when agent_of_receiving_state(b)
  note "Holding the bag is lawful only while a request under art. 35(3) is pending; if the sending State refuses the opening, the bag must be returned to its place of origin, not kept or confiscated."
end

exception vccr.35.3.request-pending-or-returned "Held on a request made with serious reason, then opened with consent or returned"
  cites VCCR 35(3)
  text "they may request that the bag be opened in their presence by an authorized representative of the sending State. If this request is refused by the authorities of the sending State, the bag shall be returned to its place of origin."
  to vccr.35.3.detention
  gives compliant
  when b.serious_reason = true and b.opening_requested = true
       and (b.sending_state_refused = false or (b.sending_state_refused = true and b.returned = true))
end

# ---------------------------------------------------------------- Article 35(4)
# "The packages constituting the consular bag shall bear visible external
#  marks of their character and may contain only official correspondence and
#  documents or articles intended exclusively for official use."

rule vccr.35.4 "Packages of the consular bag: visible external marks, and only official correspondence, documents or articles"
  cites VCCR 35(4)
  text "The packages constituting the consular bag shall bear visible external marks of their character and may contain only official correspondence and documents or articles intended exclusively for official use."
  duty on sending_state
  owed to receiving_state
  for each thing as t
  applies when t.kind = consular_bag
  violated when t.visible_marks = false or t.only_official_contents = false
  note "A bag used to carry other things (weapons, drugs, goods for private use) is an abuse by the sending State; even then the receiving State may not open it itself (art. 35(3)), only request its opening or send it back."
end

# ---------------------------------------------------------------- Article 35(5)
# "The consular courier shall be provided with an official document
#  indicating his status and the number of packages constituting the
#  consular bag. Except with the consent of the receiving State he shall be
#  neither a national of the receiving State, nor, unless he is a national of
#  the sending State, a permanent resident of the receiving State. In the
#  performance of his functions he shall be protected by the receiving State.
#  He shall enjoy personal inviolability and shall not be liable to any form
#  of arrest or detention."

define consular_courier(p) "Consular courier (regular or ad hoc)"
  cites VCCR 35(5), VCCR 35(6)
  text "The consular courier"
  means p.status = consular_courier
  note "A courier designated ad hoc (art. 35(6)) is stated with status consular_courier and ad_hoc_courier: true."
end

rule vccr.35.5 "The consular courier: personal inviolability, no arrest or detention"
  cites VCCR 35(5)
  text "He shall enjoy personal inviolability and shall not be liable to any form of arrest or detention."
  duty on receiving_state
  owed to sending_state, "the consular courier"
  for each arrest or detention or physical_restraint or use_of_force as e
  applies when e.subject.kind is unknown and consular_courier(e.subject)
  violated when agent_of_receiving_state(e)
  note "No exception for the courier's own nationality: a courier who is a national of the receiving State, admitted with its consent, is inviolable too. An ad hoc courier's immunity ends when he has delivered the bag (art. 35(6))."
end

exception vccr.35.6.delivered "Courier ad hoc who has delivered the bag in his charge"
  cites VCCR 35(6)
  text "The sending State, its diplomatic missions and its consular posts may designate consular couriers ad hoc. In such cases the provisions of paragraph 5 of this Article shall also apply except that the immunities therein mentioned shall cease to apply when such a courier has delivered to the consignee the consular bag in his charge."
  to vccr.35.5
  gives not_applicable
  when e.subject.ad_hoc_courier = true
       and some bag_delivery as d where (d.subject = e.subject and time from d to e >= 0 minutes)
  note "Paragraph 5 applies to a courier ad hoc (document, nationality, protection, inviolability) until the bag is delivered; after delivery he is a private person."
end

rule vccr.35.5.protection "The consular courier protected by the receiving State in the performance of his functions"
  cites VCCR 35(5)
  text "In the performance of his functions he shall be protected by the receiving State."
  duty on receiving_state
  owed to sending_state, "the consular courier"
  for each attack as a
  applies when a.subject.kind is unknown and consular_courier(a.subject)
  violated when a.protective_steps_taken = false or agent_of_receiving_state(a)
  note "'In the performance of his functions': state the attack on the courier while he carries or delivers the bag; an attack on him as a private person is outside this sentence (his inviolability, above, covers the receiving State's own agents)."
end

rule vccr.35.5.document "The consular courier provided with an official document of his status and the number of packages"
  cites VCCR 35(5)
  text "The consular courier shall be provided with an official document indicating his status and the number of packages constituting the consular bag."
  duty on sending_state
  owed to receiving_state
  for each person as p
  applies when consular_courier(p)
  violated when p.courier_document = false
  note "The document is what shows the receiving State's authorities that the person is a courier; its absence is a failure of the sending State and a source of disputes over his status."
end

rule vccr.35.5.nationality "No national or permanent resident of the receiving State as consular courier without its consent"
  cites VCCR 35(5)
  text "Except with the consent of the receiving State he shall be neither a national of the receiving State, nor, unless he is a national of the sending State, a permanent resident of the receiving State."
  duty on sending_state
  owed to receiving_state
  for each person as p
  applies when consular_courier(p)
           and (p.nationality = receiving_state
                or (p.permanent_resident_of_receiving_state = true and p.nationality != sending_state))
  violated when true
end

exception vccr.35.5.nationality.consent "The receiving State consented"
  cites VCCR 35(5)
  text "Except with the consent of the receiving State"
  to vccr.35.5.nationality
  gives compliant
  when p.courier_consent = true
end

# ---------------------------------------------------------------- Article 35(7)
# "A consular bag may be entrusted to the captain of a ship or of a
#  commercial aircraft scheduled to land at an authorized port of entry. He
#  shall be provided with an official document indicating the number of
#  packages constituting the bag, but he shall not be considered to be a
#  consular courier. By arrangement with the appropriate local authorities,
#  the consular post may send one of its members to take possession of the
#  bag directly and freely from the captain of the ship or of the aircraft."

rule vccr.35.7 "The consular post may take possession of a bag directly and freely from the captain of a ship or aircraft"
  cites VCCR 35(7)
  text "By arrangement with the appropriate local authorities, the consular post may send one of its members to take possession of the bag directly and freely from the captain of the ship or of the aircraft."
  duty on receiving_state
  owed to sending_state
  for each bag_handover_obstructed as h
  applies when member_of_post_by_status(h.subject) and h.arranged_with_local_authorities = true
  violated when agent_of_receiving_state(h)
  note "The right is exercised by arrangement with the appropriate local authorities; without one the rule does not apply. The bag entrusted to the captain keeps its protection (art. 35(3)); the captain himself is not a consular courier and has no inviolability."
end
