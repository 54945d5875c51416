// Word lists for names. Company names combine two words and a legal form: about 29,000 distinct
// names, so a full name matches a handful of deals (what a user types into search).

export const companyWords = [
  'Aceros', 'Norte', 'Ibérica', 'Levante', 'Atlántica', 'Andina', 'Pacífico', 'Sierra', 'Delta', 'Vértice',
  'Metal', 'Logística', 'Solar', 'Hidráulica', 'Textil', 'Agro', 'Química', 'Madera', 'Cerámica', 'Papelera',
  'Óptica', 'Eléctrica', 'Naval', 'Minera', 'Alimentos', 'Farma', 'Digital', 'Sistemas', 'Servicios', 'Montajes',
  'Persa', 'Zagros', 'Alborz', 'Caspio', 'Golfo', 'Azteca', 'Maya', 'Cóndor', 'Plata', 'Rioja',
  'Cantábrica', 'Balear', 'Canaria', 'Tajo', 'Ebro', 'Duero', 'Guadiana', 'Segura', 'Júcar', 'Miño',
  'Puerto', 'Valle', 'Costa', 'Meseta', 'Llanura', 'Cumbre', 'Bahía', 'Faro', 'Roble', 'Olivo',
] as const;

export const legalForms = ['S.L.', 'S.A.', 'S.A. de C.V.', 'S.R.L.', 'Ltd.', 'GmbH', 'S.A.S.', 'Co.'] as const;

export const firstNames = [
  'Ana', 'Luis', 'María', 'Carlos', 'Lucía', 'Javier', 'Elena', 'Pablo', 'Sara', 'Diego',
  'Marta', 'Andrés', 'Laura', 'Jorge', 'Paula', 'Raúl', 'Irene', 'Sergio', 'Clara', 'Miguel',
  'Sofía', 'Daniel', 'Carmen', 'Hugo', 'Nuria', 'Álvaro', 'Rosa', 'Iván', 'Alba', 'Óscar',
  'Reza', 'Sara', 'Dariush', 'Leila', 'Kaveh', 'Mina', 'Ximena', 'Mateo', 'Valeria', 'Santiago',
] as const;

export const lastNames = [
  'García', 'Martínez', 'López', 'Sánchez', 'Pérez', 'Gómez', 'Martín', 'Jiménez', 'Ruiz', 'Hernández',
  'Díaz', 'Moreno', 'Álvarez', 'Romero', 'Navarro', 'Torres', 'Domínguez', 'Vázquez', 'Ramos', 'Gil',
  'Serrano', 'Molina', 'Castro', 'Ortega', 'Rubio', 'Delgado', 'Morales', 'Suárez', 'Ortiz', 'Marín',
  'Ahmadi', 'Hosseini', 'Karimi', 'Rahimi', 'Moradi', 'Flores', 'Rojas', 'Mendoza', 'Vargas', 'Castillo',
] as const;

export const industries = ['Manufacturing', 'Construction', 'Energy', 'Retail', 'Logistics', 'Healthcare', 'Agriculture', 'Mining', 'Software', 'Food'] as const;

export const places = [
  { city: 'Bilbao', region: 'Bizkaia', country: 'ES', postal: '48001' },
  { city: 'Madrid', region: 'Madrid', country: 'ES', postal: '28001' },
  { city: 'Sevilla', region: 'Sevilla', country: 'ES', postal: '41001' },
  { city: 'Valencia', region: 'Valencia', country: 'ES', postal: '46001' },
  { city: 'Barcelona', region: 'Barcelona', country: 'ES', postal: '08001' },
  { city: 'Zaragoza', region: 'Zaragoza', country: 'ES', postal: '50001' },
  { city: 'Monterrey', region: 'Nuevo León', country: 'MX', postal: '64000' },
  { city: 'Guadalajara', region: 'Jalisco', country: 'MX', postal: '44100' },
  { city: 'Lima', region: 'Lima', country: 'PE', postal: '15001' },
  { city: 'Tehran', region: 'Tehran', country: 'IR', postal: '11369' },
] as const;

export const dealKinds = ['new line', 'renewal', 'expansion', 'spare parts', 'maintenance contract', 'pilot', 'framework agreement', 'upgrade'] as const;

export const productNames = [
  'Steel beam', 'Hydraulic pump', 'Control valve', 'Gear motor', 'Conveyor belt', 'Safety helmet', 'Pressure sensor', 'Cable tray',
  'Welding wire', 'Air compressor', 'Bearing kit', 'Solar panel', 'Inverter', 'LED floodlight', 'Filter cartridge', 'Pallet rack',
  'Installation', 'Maintenance visit', 'Training day', 'Engineering hour',
] as const;

export const taskSubjects: Record<string, readonly string[]> = {
  call: ['Follow-up call', 'Qualification call', 'Check budget', 'Call back'],
  meeting: ['Kick-off meeting', 'Review meeting', 'Pricing meeting'],
  visit: ['Site visit', 'Plant visit', 'Customer visit'],
  email: ['Send the brochure', 'Send references', 'Reply to questions'],
  presentation: ['Present the proposal', 'Present the roadmap'],
  demo: ['Product demo', 'Remote demo'],
  todo: ['Prepare the quote', 'Update the contact data', 'Check delivery dates', 'Ask for the tax id'],
  usage_review: ['Usage review'],
  advisory_visit: ['Advisory visit'],
};

export const teamNames = ['Iberia North', 'Iberia South', 'Mexico', 'Andes', 'Tehran'] as const;

export const lostNotes = ['', '', '', 'Chose a cheaper supplier', 'Project postponed', 'No budget this year'] as const;
export const disqualifyReasons = ['No budget', 'Not the decision maker', 'Duplicate', 'Wrong country', 'Student enquiry'] as const;
export const cancelReasons = ['Customer cancelled', 'No longer needed', 'Replaced by a meeting'] as const;
