import { parallaxProject } from '../../vitest.shared.ts'

export default parallaxProject('fetch')
