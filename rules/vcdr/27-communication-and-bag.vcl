# VCDR Article 27: Freedom of communication; official correspondence; the
# diplomatic bag; diplomatic couriers.
#
# The diplomatic bag may not be opened or detained: art. 27 has NO proviso
# like VCCR 35(3) (serious reason, request to open in the presence of a
# representative, return of the bag). Serious reason, a request or a refusal
# do not change the finding.

define official_correspondence_of_mission(x) "Official correspondence of the mission"
  cites VCDR 27(2)
  text "Official correspondence means all correspondence relating to the mission and its functions."
  means x.kind is known and x.kind = official_correspondence and x.mission is known
end

define diplomatic_bag(x) "Diplomatic bag: packages bearing visible external marks of their character"
  cites VCDR 27(4)
  text "The packages constituting the diplomatic bag must bear visible external marks of their character"
  means x.kind is known and x.kind = diplomatic_bag and x.visible_marks = true
  note "Packages presented as a diplomatic bag (kind diplomatic_bag) without visible external marks are not packages constituting the bag (the United Kingdom's position on the crates at Stansted in the Dikko affair, 1984). Their contents do not decide their status: a marked bag stays inviolable even if it is abused (art. 27(4) then binds the sending State)."
end

define diplomatic_courier(p) "Diplomatic courier"
  cites VCDR 27(5)
  text "The diplomatic courier, who shall be provided with an official document indicating his status and the number of packages constituting the diplomatic bag"
  means p.status = diplomatic_courier
  note "Couriers ad hoc (art. 27(6)) are diplomatic couriers with ad_hoc_courier: true. The captain of a commercial aircraft carrying a bag is not a courier (art. 27(7))."
end

# ---------------------------------------------------------------- Article 27(1)

rule vcdr.27.1 "Free communication of the mission for all official purposes"
  cites VCDR 27(1)
  text "The receiving State shall permit and protect free communication on the part of the mission for all official purposes."
  duty on receiving_state
  owed to sending_state
  for each communication_interference as c
  applies when c.mission is known and c.official_purpose = true
  violated when agent_of_receiving_state(c)
  authority "ICJ, United States Diplomatic and Consular Staff in Tehran (United States of America v. Iran), Judgment, I.C.J. Reports 1980, p. 3"
  note "The mission may use all appropriate means, couriers and messages in code or cipher included, to communicate with its Government and the other missions and consulates of the sending State."
end

exception vcdr.27.1.wireless-transmitter "Wireless transmitter installed or used without the consent of the receiving State"
  cites VCDR 27(1)
  text "However, the mission may install and use a wireless transmitter only with the consent of the receiving State."
  to vcdr.27.1
  gives compliant
  when c.means = wireless_transmitter and c.transmitter_consent = false
end

# ---------------------------------------------------------------- Article 27(2)

rule vcdr.27.2 "Official correspondence of the mission inviolable"
  cites VCDR 27(2)
  text "The official correspondence of the mission shall be inviolable. Official correspondence means all correspondence relating to the mission and its functions."
  duty on receiving_state
  owed to sending_state
  for each communication_interference or search or seizure as c
  applies when official_correspondence_of_mission(c.subject)
  violated when agent_of_receiving_state(c)
end

# ---------------------------------------------------------------- Article 27(3)

rule vcdr.27.3 "The diplomatic bag shall not be opened or detained"
  cites VCDR 27(3)
  text "The diplomatic bag shall not be opened or detained."
  duty on receiving_state
  owed to sending_state
  for each bag_opened or bag_detained as b
  applies when diplomatic_bag(b.subject)
  violated when agent_of_receiving_state(b)
  note "No exception: unlike VCCR 35(3), no serious reason allows the receiving State to open the bag or to ask for it to be opened, and it may not detain it either. Serious reason, a request to open it, the sending State's refusal or the presence of its representative do not change the finding."
  note "Whether electronic scanning of a bag is 'opening' is not settled by the text and divides States; state bag_opened only where the bag was opened."
  note "The text has no exception; a receiving State's reservation to art. 27 (several States reserved a right to open or return a bag on serious grounds) can modify it between the two States: see the exception below."
end

exception vcdr.27.3.reservation "Opening or return within the receiving State's reservation to art. 27"
  cites VCDR 27(3)
  text "The diplomatic bag shall not be opened or detained."
  to vcdr.27.3
  gives compliant
  when reservation(receiving_state, "VCDR 27") and b.within_reservation = true
  note "Only where the receiving State made a reservation to art. 27 (party data, paraphrased: check its authentic text in the UN Treaty Collection) and the opening or detention kept to its terms (within_reservation: true). Whether the reservation applies in relation to the sending State (an objection, VCLT art. 21(3)) is for the user to state. Without a reservation the rule applies unchanged."
end

# ---------------------------------------------------------------- Article 27(4)

rule vcdr.27.4 "Packages of the diplomatic bag: visible external marks, and only diplomatic documents or articles for official use"
  cites VCDR 27(4)
  text "The packages constituting the diplomatic bag must bear visible external marks of their character and may contain only diplomatic documents or articles intended for official use."
  duty on sending_state
  owed to receiving_state
  for each thing as t
  applies when t.kind = diplomatic_bag and some mission as m where (t.mission = m)
  violated when t.visible_marks = false or t.only_official_contents = false
  note "The duty is the sending State's for its own bag: it applies only to packages of one of its missions (whose packages they were is often the disputed fact, as in the Dikko affair, 1984)."
  note "An abused bag remains inviolable (art. 27(3)); the remedy is diplomatic (protest, persona non grata), not opening it."
end

# ---------------------------------------------------------------- Article 27(5), (6)

rule vcdr.27.5 "The diplomatic courier: personal inviolability, no arrest or detention"
  cites VCDR 27(5)
  text "He shall enjoy personal inviolability and shall not be liable to any form of arrest or detention."
  duty on receiving_state
  owed to sending_state, "the diplomatic courier"
  for each arrest or detention as e
  applies when e.subject.kind is unknown and diplomatic_courier(e.subject)
  violated when agent_of_receiving_state(e)
end

exception vcdr.27.6.delivered "Courier ad hoc who has delivered the bag in his charge"
  cites VCDR 27(6)
  text "The sending State or the mission may designate diplomatic couriers ad hoc. In such cases the provisions of paragraph 5 of this Article shall also apply, except that the immunities therein mentioned shall cease to apply when such a courier has delivered to the consignee the diplomatic bag in his charge."
  to vcdr.27.5
  gives not_applicable
  when e.subject.ad_hoc_courier = true
       and some bag_delivery as d where (d.subject = e.subject and time from d to e > 0 minutes)
end

rule vcdr.27.5.protection "The diplomatic courier protected by the receiving State in the performance of his functions"
  cites VCDR 27(5)
  text "shall be protected by the receiving State in the performance of his functions."
  duty on receiving_state
  owed to sending_state, "the diplomatic courier"
  for each attack as a
  applies when a.subject.kind is unknown and diplomatic_courier(a.subject)
  violated when a.protective_steps_taken = false or agent_of_receiving_state(a)
  note "The duty of protection continues for a courier ad hoc after delivery (art. 27(6) ends only his immunities)."
end

# ---------------------------------------------------------------- Article 27(7)

rule vcdr.27.7 "The mission may take possession of a bag directly and freely from the captain of a commercial aircraft"
  cites VCDR 27(7)
  text "A diplomatic bag may be entrusted to the captain of a commercial aircraft scheduled to land at an authorized port of entry. ... The mission may send one of its members to take possession of the diplomatic bag directly and freely from the captain of the aircraft."
  duty on receiving_state
  owed to sending_state
  for each bag_handover_obstructed as h
  applies when member_of_mission(h.subject) and h.authorized_port_of_entry = true
  violated when agent_of_receiving_state(h)
end
